#include "sessionreader.h"

#include "sessioncodec.h"
#include "sessionid.h"

#include <QFile>
#include <QThread>

#include <atomic>
#include <thread>
#include <vector>

namespace SessionReader {

void readInParallel(const DataDirectory &dir, const QStringList &ids,
                    const std::function<void(qsizetype, Outcome &&)> &use)
{
    const QString folder = dir.sessions() + QLatin1Char('/');
    std::atomic<qsizetype> next{0};
    auto work = [&] {
        for (qsizetype i = next++; i < ids.size(); i = next++) {
            const QString &id = ids.at(i);
            Outcome outcome;
            if (SessionId::isSafe(id)) {
                QFile file(folder + SessionId::fileNameFor(id));
                if (file.open(QIODevice::ReadOnly)) {
                    Result<Session> session = SessionCodec::decode(file.readAll(), id);
                    if (session)
                        outcome.session = std::move(session).value();
                } else {
                    outcome.unreadable = true;
                }
            }
            use(i, std::move(outcome));
        }
    };
    // Small batches (a search's few candidates) are not worth a thread.
    const int threads = qBound(1, QThread::idealThreadCount(), int(ids.size() / 16) + 1);
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
}

} // namespace SessionReader
