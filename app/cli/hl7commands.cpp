#include "hl7commands.h"

#include "clicontext.h"
#include "durablefile.h"
#include "hl7dictionary.h"
#include "hl7message.h"
#include "sessionexport.h"
#include "sessionid.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace Cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// One part of a message in the tree: a segment, field, repetition, component or sub-component.
// Levels with a single child are left out (a field that does not repeat shows its components
// directly), and so are empty parts.
struct Node
{
    QString path;
    int position = 0;
    QString name;
    QString value;
    QLatin1StringView childrenKey; // "fields", "repetitions", "components", "subcomponents"
    QList<Node> children;
};

Node part(const Hl7::Message &message, const Hl7::Path &path, int position, const QString &name)
{
    return Node{path.toString(), position, name, message.value(path), {}, {}};
}

void addSubcomponents(Node &node, const Hl7::Message &message, const Hl7::Component &component, Hl7::Path path,
                      const QByteArray &componentType)
{
    if (component.subcomponents.size() <= 1)
        return;
    node.childrenKey = QLatin1StringView("subcomponents");
    for (qsizetype s = 0; s < component.subcomponents.size(); ++s) {
        if (component.subcomponents[s].size() == 0)
            continue;
        path.subcomponent = int(s + 1);
        node.children.append(part(message, path, path.subcomponent, Hl7Dictionary::componentName(componentType, path.subcomponent)));
    }
}

void addComponents(Node &node, const Hl7::Message &message, const Hl7::Repetition &repetition, Hl7::Path path,
                   const QByteArray &fieldType)
{
    if (repetition.components.size() == 1) {
        path.component = 1;
        addSubcomponents(node, message, repetition.components.constFirst(), path,
                         Hl7Dictionary::componentType(fieldType, 1).toLatin1());
        return;
    }
    node.childrenKey = QLatin1StringView("components");
    for (qsizetype c = 0; c < repetition.components.size(); ++c) {
        const Hl7::Component &component = repetition.components[c];
        if (component.range.size() == 0)
            continue;
        path.component = int(c + 1);
        Node child = part(message, path, path.component, Hl7Dictionary::componentName(fieldType, path.component));
        addSubcomponents(child, message, component, path, Hl7Dictionary::componentType(fieldType, path.component).toLatin1());
        node.children.append(std::move(child));
    }
}

QList<Node> messageTree(const Hl7::Message &message)
{
    QList<Node> segments;
    QHash<QByteArray, int> occurrences;
    for (const Hl7::Segment &segment : message.segments()) {
        if (segment.range.size() == 0)
            continue;
        Hl7::Path path;
        path.segment = segment.name;
        path.occurrence = ++occurrences[segment.name];
        Node node{path.toString(), path.occurrence, Hl7Dictionary::segmentName(segment.name), {}, QLatin1StringView("fields"), {}};
        for (qsizetype f = 0; f < segment.fields.size(); ++f) {
            const Hl7::Field &field = segment.fields[f];
            if (field.range.size() == 0)
                continue;
            path.field = int(f + 1);
            const QByteArray type = Hl7Dictionary::fieldType(segment.name, path.field).toLatin1();
            Node fieldNode = part(message, path, path.field, Hl7Dictionary::fieldName(segment.name, path.field));
            if (field.repetitions.size() == 1) {
                addComponents(fieldNode, message, field.repetitions.constFirst(), path, type);
            } else {
                fieldNode.childrenKey = QLatin1StringView("repetitions");
                for (qsizetype r = 0; r < field.repetitions.size(); ++r) {
                    if (field.repetitions[r].range.size() == 0)
                        continue;
                    Hl7::Path repetitionPath = path;
                    repetitionPath.repetition = int(r + 1);
                    Node repetition = part(message, repetitionPath, repetitionPath.repetition, QString());
                    addComponents(repetition, message, field.repetitions[r], repetitionPath, type);
                    fieldNode.children.append(std::move(repetition));
                }
            }
            node.children.append(std::move(fieldNode));
        }
        segments.append(std::move(node));
    }
    return segments;
}

void renderText(QString &out, const Node &node, int depth)
{
    out += QString(depth * 2, QLatin1Char(' ')) + node.path;
    if (!node.name.isEmpty())
        out += QStringLiteral("  ") + node.name;
    if (node.children.isEmpty() && depth > 1)
        out += QStringLiteral(": ") + node.value;
    out += QLatin1Char('\n');
    for (const Node &child : node.children)
        renderText(out, child, depth + 1);
}

QJsonObject renderJson(const Node &node, bool segment)
{
    QJsonObject o;
    o.insert(QStringLiteral("path"), node.path);
    o.insert(segment ? QStringLiteral("occurrence") : QStringLiteral("position"), node.position);
    if (!node.name.isEmpty())
        o.insert(QStringLiteral("name"), node.name);
    if (!segment)
        o.insert(QStringLiteral("value"), node.value);
    if (!node.children.isEmpty()) {
        QJsonArray children;
        for (const Node &child : node.children)
            children.append(renderJson(child, false));
        o.insert(node.childrenKey, children);
    }
    return o;
}

int segmentCount(const Hl7::Message &message)
{
    return int(std::count_if(message.segments().cbegin(), message.segments().cend(),
                             [](const Hl7::Segment &s) { return s.range.size() > 0; }));
}

struct FieldRequest
{
    QString text; // as given: the key in --json output
    Hl7::Path path;
};

} // namespace

int inspectMessages(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption fieldOption(QStringLiteral("field"),
                                         Tr::tr("The value at PATH, e.g. PID-5.1, PID-3(2).1 or OBX(2)-5; repeatable."),
                                         Tr::tr("path"));
    const QCommandLineOption treeOption(QStringLiteral("tree"),
                                        Tr::tr("Every segment, field, repetition, component and sub-component with its name and value."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("A JSON array with one object per message."));
    parser.addOptions({fieldOption, treeOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("file"), Tr::tr("A file of HL7 messages: one or more, a batch, or MLLP-framed."));
    if (!context.parse(parser, 1, 1, QStringLiteral("FILE [--field PATH]... [--tree] [--json]")))
        return context.exitCode();

    QList<FieldRequest> fields;
    for (const QString &text : parser.values(fieldOption)) {
        const std::optional<Hl7::Path> path = Hl7::Path::parse(text);
        if (!path)
            return context.usage(Tr::tr("\"%1\" is not a message path such as PID-5, PID-5.1, PID-3(2).1 or OBX(2)-5").arg(text));
        fields.append({text, *path});
    }

    const QString fileName = parser.positionalArguments().constFirst();
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(Tr::tr("cannot read %1: %2").arg(fileName, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return context.fail(Tr::tr("cannot read %1: %2").arg(fileName, file.errorString()));
    const QList<Hl7::Range> ranges = Hl7::splitMessages(bytes);
    if (ranges.isEmpty())
        return context.fail(Tr::tr("%1 holds no HL7 message (no MSH segment)").arg(fileName));

    const bool json = parser.isSet(jsonOption);
    const bool tree = parser.isSet(treeOption);
    QJsonArray array;
    QString text;
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        const Hl7::Message message = Hl7::Message::parse(bytes.sliced(ranges[i].begin, ranges[i].size()));
        if (json) {
            QJsonObject o;
            o.insert(QStringLiteral("index"), int(i + 1));
            o.insert(QStringLiteral("type"), message.type());
            o.insert(QStringLiteral("controlId"), message.controlId());
            o.insert(QStringLiteral("version"), message.version());
            o.insert(QStringLiteral("segments"), segmentCount(message));
            o.insert(QStringLiteral("problems"), QJsonArray::fromStringList(message.problems()));
            QJsonObject values;
            for (const FieldRequest &f : std::as_const(fields))
                values.insert(f.text, message.range(f.path) ? QJsonValue(message.value(f.path)) : QJsonValue(QJsonValue::Null));
            o.insert(QStringLiteral("fields"), values);
            if (tree) {
                QJsonArray segments;
                for (const Node &segment : messageTree(message))
                    segments.append(renderJson(segment, true));
                o.insert(QStringLiteral("tree"), segments);
            }
            array.append(o);
            continue;
        }
        text += Tr::tr("%1  %2  %3  %4  segments: %5")
                    .arg(QString::number(i + 1), message.type(), message.controlId(), message.version(),
                         QString::number(segmentCount(message)))
              + QLatin1Char('\n');
        for (const QString &problem : message.problems())
            text += QStringLiteral("  ") + Tr::tr("problem: %1").arg(problem) + QLatin1Char('\n');
        for (const FieldRequest &f : std::as_const(fields)) {
            const QString value = message.range(f.path) ? message.value(f.path) : Tr::tr("(absent)");
            text += QStringLiteral("  %1: %2\n").arg(f.text, value);
        }
        if (tree) {
            for (const Node &segment : messageTree(message))
                renderText(text, segment, 1);
        }
    }
    if (json)
        context.printJson(array);
    else
        context.print(text.toUtf8());
    return Success;
}

int exportSession(Context &context)
{
    QCommandLineParser parser;
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          Tr::tr("hl7: the device's messages; json: the whole session in the session file schema."),
                                          Tr::tr("format"));
    const QCommandLineOption mllpOption(QStringLiteral("mllp"), Tr::tr("With --format hl7: each message framed VT ... FS CR."));
    const QCommandLineOption maskOption(QStringLiteral("mask-phi"),
                                        Tr::tr("Replace patient identifiers, names, birth dates, addresses and phone numbers."));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          Tr::tr("Write to FILE (private, 0600; never overwritten) instead of stdout."),
                                          Tr::tr("file"));
    parser.addOptions({formatOption, mllpOption, maskOption, outputOption});
    parser.addPositionalArgument(QStringLiteral("id"), Tr::tr("The session's id."));
    if (!context.parse(parser, 1, 1, QStringLiteral("ID --format hl7|json [--mllp] [--mask-phi] [-o FILE]")))
        return context.exitCode();

    SessionExport::Options options;
    const QString format = parser.value(formatOption).toLower();
    if (format == u"hl7")
        options.format = SessionExport::Format::Hl7;
    else if (format == u"json")
        options.format = SessionExport::Format::Json;
    else if (format.isEmpty())
        return context.usage(Tr::tr("--format is required: hl7 or json"));
    else
        return context.usage(Tr::tr("unknown format \"%1\"; use hl7 or json").arg(parser.value(formatOption)));
    options.mllp = parser.isSet(mllpOption);
    if (options.mllp && options.format != SessionExport::Format::Hl7)
        return context.usage(Tr::tr("--mllp applies to --format hl7 only"));
    options.maskPhi = parser.isSet(maskOption);

    const QString id = parser.positionalArguments().constFirst();
    if (!SessionId::isSafe(id))
        return context.usage(Tr::tr("\"%1\" is not a valid session id").arg(id.left(80)));
    const QString output = parser.value(outputOption);
    // An export can hold PHI: it never replaces a file someone may still need, whatever it is.
    if (!output.isEmpty() && (QFileInfo::exists(output) || QFileInfo(output).isSymLink()))
        return context.fail(Tr::tr("%1 exists; export does not overwrite files").arg(output));

    auto repository = context.openForReading(parser);
    if (!repository)
        return context.fail(repository.error());
    const Result<Session> session = repository.value()->load(id);
    if (!session)
        return context.fail(session.error());
    const QByteArray bytes = SessionExport::write(session.value(), options);
    if (output.isEmpty()) {
        context.print(bytes);
        return Success;
    }
    if (const Status written = DurableFile::write(output, bytes); !written)
        return context.fail(written.error());
    return Success;
}

} // namespace Cli
