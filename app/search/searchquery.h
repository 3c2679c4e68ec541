#pragma once

#include "hl7path.h"
#include "result.h"
#include "session.h"

#include <QList>
#include <QString>
#include <QStringList>

// A search as a person types it (README, "Search"): terms separated by spaces, all of which must
// hold; a leading - negates a term; "double quotes" keep spaces inside a term.
//
//   PID-3.1=12345  OBX(2)-5=7.1  PID-5="DOE^JOHN"   a value at a place in a message
//   glucose  "basic panel"                          words of the messages
//   device:IP  lis:IP  status:failed,pending  from:2026-11-01  to:2026-11-01T12:00  type:ORU^R01
//
// Parsing is pure: no store, no clock, no time zone other than the process's local time.
class SearchQuery
{
public:
    enum class Kind {
        Field,  // a message part has this value (case-insensitive)
        Text,   // these words, one after the other, in a message
        Device, // the device's address
        Lis,    // the LIS's address
        Submission, // the submission status is one of these
        From,   // starts at or after time
        To,     // starts before time (the end of the day, minute or second the person named)
        Type,   // a message of this type: MSH-9 compared component by component (ORU matches ORU^R01)
    };

    struct Term
    {
        Kind kind = Kind::Text;
        bool negated = false;
        Hl7::Path path;                   // Field
        bool occurrenceGiven = false;     // Field: OBX(2)-5 names the second OBX; OBX-5 means any
        QString value;                    // Field: normalised; Device, Lis: the address; Type: normalised
        QStringList words;                // Text: normalised words, in order
        QList<SubmissionStatus> statuses; // Submission
        qint64 time = 0;                  // From: first millisecond in; To: first millisecond out

        // Answered by the summaries alone, without the index.
        bool isSummaryTerm() const { return kind != Kind::Field && kind != Kind::Text; }
        // The index finds candidates; the messages themselves must confirm them: a named segment
        // occurrence or field repetition, or a phrase of several words.
        bool needsMessages() const;
        // Canonical, e.g. -status:failed,pending or PID-3.1=12345 (times in epoch ms): parses
        // back to the same term. For tests and logs.
        QString toString() const;
    };

    // A clear one-line error, in the user's language, for anything it cannot read.
    static Result<SearchQuery> parse(QStringView text);

    const QList<Term> &terms() const { return m_terms; }
    bool needsIndex() const;
    QString toString() const; // the canonical terms, separated by spaces

private:
    QList<Term> m_terms;
};
