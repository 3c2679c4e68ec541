#pragma once

#include "session.h"

// Sessions of a chosen file size for the bench, built from SessionFactory's ASTM-shaped ones.
namespace BenchSessions {

// A session without id whose schema-2 file (SessionCodec::encode) is about targetBytes: the
// number of messages grows with the size (one per ~6 KB of file), their length is fitted.
Session ofSize(int targetBytes, int seed = 1);

// A copy of model moved in time to startTime, with the id, number and submission state that
// the index-th session of a generated folder gets.
Session numbered(const Session &model, qint64 startTime, int index);

// A copy of s whose device messages carry values of their own: message k of session index has
// patient TEST<4 × index + k + 1> (PID-3.1), control id CTRL…, order ORD… and results derived
// from that number. The search bench needs them: 16 models repeated would make every value
// common to thousands of sessions, where real patients and orders are one or a few sessions each.
Session withOwnValues(const Session &s, int index);
QString patientIdOf(int index, int message = 0);

} // namespace BenchSessions
