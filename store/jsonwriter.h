#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringView>

#include <utility>
#include <vector>

// Compact JSON straight into a byte buffer. Saving is on the hot path of capture, and building a
// QJsonObject with one QJsonValue per captured byte costs more than the write itself.
class JsonWriter
{
public:
    explicit JsonWriter(qsizetype reserve = 0);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QStringView name);
    void key(QLatin1StringView name);
    void key(const QString &name) { key(QStringView(name)); }

    void value(QStringView text);
    void rawValue(QByteArrayView json);  // a value already in JSON form, e.g. from quoted()

    // utf8 as a JSON string literal, quotes included: to write one long text twice, escape it once.
    static QByteArray quoted(QByteArrayView utf8);
    void value(const QString &text) { value(QStringView(text)); }
    void value(QLatin1StringView text);
    void value(qint64 number);
    void value(bool flag);
    void null();
    void value(const QJsonValue &any);
    void byteArray(const QByteArray &bytes); // [n, n, ...] as the Electron app's Buffer JSON
    void hex(const QByteArray &bytes);       // "0a1b..." as a string

    QByteArray take();
    // For streaming out: what was written so far, then forget it and go on in the same buffer.
    QByteArrayView written() const { return m_out; }
    void discardWritten() { m_out.truncate(0); }
    qsizetype size() const { return m_out.size(); }

private:
    void separate();
    void appendEscaped(QByteArrayView utf8);
    // Strings, booleans, null and objects of them, written as QJsonDocument would; false, with
    // nothing written, for anything else.
    bool writeDirect(const QJsonValue &any);

    QByteArray m_out;
    std::vector<bool> m_first; // per open container: no member written yet
    bool m_afterKey = false;
};
