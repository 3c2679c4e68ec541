#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Hl7 {

// A place in a message in the usual notation, all 1-based: "PID" (a segment), "PID-5" (a field),
// "PID-5.1" (a component), "PID-5.1.2" (a sub-component), "OBX(2)-5" (the second OBX),
// "PID-3(2).1" (the second repetition of PID-3). A part left out means "the whole": PID-5 is the
// whole field, every repetition. A repetition left out below the field means the first.
struct Path
{
    QByteArray segment;
    int occurrence = 1;   // which segment of that name
    int field = 0;        // 0: the whole segment
    int repetition = 0;   // 0: not given
    int component = 0;    // 0: the whole repetition
    int subcomponent = 0; // 0: the whole component

    static std::optional<Path> parse(QStringView text);
    QString toString() const;

    // The repetition a component or sub-component path reads: the given one, else the first.
    int effectiveRepetition() const { return repetition > 0 ? repetition : 1; }

    friend bool operator==(const Path &, const Path &) = default;
};

} // namespace Hl7
