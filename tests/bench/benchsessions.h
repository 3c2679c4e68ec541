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

} // namespace BenchSessions
