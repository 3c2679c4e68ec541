#include "sessionfactory.h"

namespace SessionFactory {

QString hl7Message(int seed, int approximateBytes)
{
    QString m = QStringLiteral("MSH|^~\\&|ANALYZER|LAB|LIS|HOSPITAL|20261101120000||ORU^R01|CTRL%1|P|2.5.1\r"
                               "PID|1||TEST%1^^^LAB^MR||SAMPLE^PATIENT||19700101|U\r"
                               "OBR|1|ORD%1|FIL%1|CBC^BLOOD COUNT^L|||20261101120000\r")
                    .arg(seed);
    for (int obx = 1; m.size() < approximateBytes; ++obx)
        m += QStringLiteral("OBX|%1|NM|TEST%2^VALUE %2^L||%3|unit|1-10|N|||F\r").arg(obx).arg(obx % 50).arg(seed % 97 + obx);
    return m;
}

Session make(int messages, int messageBytes, qint64 startTime, int seed)
{
    Session s;
    s.startTime = startTime;
    s.deviceIp = QStringLiteral("127.0.0.10");
    s.lisIp = QStringLiteral("127.0.0.20");
    qint64 t = startTime;
    auto add = [&](Direction d, ElementType type, QByteArray bytes) {
        s.elements.append(Element{QString(), t++, d, type, std::move(bytes), {}, {}, {}});
    };
    add(Direction::DeviceToPc, ElementType::Start, QByteArray(1, '\x05'));
    add(Direction::PcToDevice, ElementType::Ack, QByteArray(1, '\x06'));
    for (int i = 0; i < messages; ++i) {
        const QString text = hl7Message(seed * 1000 + i, messageBytes) + QStringLiteral("\r\n");
        add(Direction::DeviceToPc, ElementType::Message, text.toUtf8());
        add(Direction::PcToDevice, ElementType::Ack, QByteArray(1, '\x06'));
        s.messages.append(text);
    }
    add(Direction::DeviceToPc, ElementType::End, QByteArray(1, '\x04'));
    s.endTime = t;
    s.complete = true;
    return s;
}

} // namespace SessionFactory
