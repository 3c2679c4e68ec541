#pragma once

#include "hl7path.h"
#include "session.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// What the search index stores of a session: 64-bit hashes ("tokens") of every value of every
// part of its messages, keyed by where the value sits, and of every word in them. The same
// functions turn a query's terms into tokens, so both sides normalise text the same way.
//
// A value's key leaves out the segment occurrence and the field repetition, so one token says
// "some PID segment has, in some repetition of field 3, component 1 = 12345". A part that has
// only one child has the same text as that child, so only the part is stored: "DOE" in PID-5 is
// one token for PID-5, "DOE^JOHN" gives PID-5 = doe^john, PID-5.1 = doe and PID-5.2 = john.
// fieldTokens() asks for every key under which a value can have been stored.
//
// Tokens are 64 bits and answers are not checked against the messages: with a few million
// distinct tokens in an index of 100 000 sessions, a query token meets an unrelated one with a
// chance of about 10^-13, while checking would mean reading every matching session's file. Only
// what the keys leave out (segment occurrence, field repetition, word order) is checked.
namespace MessageTokens {

using Token = quint64;

// Stored in the index file: a change to what becomes a token must bump it, so old files are rebuilt.
inline constexpr quint32 Version = 1;

// Longer words (base64 of an embedded report, say) are not words a person types.
inline constexpr qsizetype MaxWordLength = 64;

// Case-folded, whitespace collapsed and trimmed: how values and words are compared.
QString normalise(QStringView text);

// A field term's value as a person typed it (standard ^ and & between components and
// sub-components), normalised for the level the path names and with trailing empty parts
// dropped, as the index stores it. nullopt when it holds a separator the level cannot contain.
std::optional<QString> normaliseFieldValue(QStringView value, const Hl7::Path &path);

// The whitespace-separated words of a normalised text.
QStringList words(QStringView normalisedText);

// The HL7 messages of a session, one UTF-8 message each: those the device sent
// (Session::messages) and the LIS's replies (the text of its message and acknowledgement
// elements), batches and runs of messages split (Hl7::splitMessages).
QList<QByteArray> messagesOf(const Session &session);

// Every token of these messages, sorted, without repeats.
//
// The messages are read with the structure of Hl7::Message (delimiters from MSH-1 and MSH-2,
// segments at CR or LF, MSH-1 and MSH-2 not split), walked over the bytes rather than built as
// its tree: the tree costs an allocation per part, and building the index for 100 000 sessions
// spent most of its time there.
std::vector<Token> tokensOf(const QList<QByteArray> &messages);

// The tokens under which the index may hold this normalised value at path (see above); path's
// occurrence and repetition are ignored. A session holds the value if it has any of them.
QList<Token> fieldTokens(const Hl7::Path &path, QStringView normalisedValue);
Token wordToken(QStringView normalisedWord);

// What the index cannot tell, checked on the messages themselves: the value at exactly the
// path's segment occurrence (when occurrenceGiven) and repetition (when given).
bool hasFieldValue(const QList<QByteArray> &messages, const Hl7::Path &path, bool occurrenceGiven,
                   QStringView normalisedValue);
// The words one after the other in a message's text (its values in order, spaces between).
bool hasPhrase(const QList<QByteArray> &messages, const QStringList &normalisedWords);

// 64-bit MurmurHash2 (MurmurHash64A): stable across Qt versions and platforms, unlike qHash,
// because the tokens are written to disk.
quint64 hash64(QByteArrayView bytes, quint64 seed = 0);

} // namespace MessageTokens
