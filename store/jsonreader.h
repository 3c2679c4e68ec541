#pragma once

#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

// A strict (RFC 8259) pull reader over UTF-8 JSON. The session codec reads straight into its own
// types with it: a store of 100 000 sessions that has to be read in full is parsed several times
// faster than through a QJsonDocument, and values that are only validated are never built.
class JsonReader
{
public:
    enum class Token { Object, Array, String, Number, True, False, Null, Invalid };

    explicit JsonReader(QByteArrayView json);

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const; // "at byte N: what"
    bool fail(const QString &what);

    Token peek();
    bool beginObject();
    bool beginArray();
    // Walks the members of an object after beginObject(): true with the next key, false at the end
    // (or on an error, see failed()).
    bool nextMember(QString &key);
    // Walks the elements of an array after beginArray(): true when another element follows.
    bool nextElement();

    bool readString(QString &out);
    // A string of printable ASCII without escapes, as a view into the document; false (and
    // nothing consumed) when the string is anything else, or on an error (see failed()).
    bool readPlainString(QByteArrayView &out);
    bool skipString();
    bool readNumber(double &out);
    bool readBool(bool &out);
    bool readNull();
    bool readValue(QJsonValue &out);
    bool skipValue();

    // An array of byte values, [n, n, …], as the Electron app writes its Buffers.
    bool readByteArray(QByteArray &out, bool &outOfRange);

    // Only white space may follow the top-level value.
    bool finish();

private:
    void skipWhitespace()
    {
        while (m_pos < m_end && (*m_pos == ' ' || *m_pos == '\n' || *m_pos == '\r' || *m_pos == '\t'))
            ++m_pos;
    }
    bool expect(char c);
    bool nextIn(char close); // the next member or element, false at close
    bool literal(const char *word, qsizetype length);
    bool stringBody(QString *out);
    bool value(QJsonValue *out, int depth);

    const char *m_begin;
    const char *m_pos;
    const char *m_end;
    bool m_firstInContainer = false;
    QString m_error;
    qsizetype m_errorOffset = 0;
};
