// The store's submission calls, kept apart from sessionstore.cpp and sessionstoreworker.cpp.
#include "sessionstore.h"
#include "sessionstoreworker.h"

#include "storelog.h"

#include <QSet>
#include <QThread>

void SessionStore::updateSubmission(const QString &id, const SubmissionUpdate &update)
{
    // post() is private to sessionstore.cpp's template; the same queued call, spelled out.
    if (!m_worker || !m_thread->isRunning())
        return;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id, update] { worker->updateSubmission(id, update); },
                              Qt::QueuedConnection);
}

void SessionStore::requestPending()
{
    if (!m_worker || !m_thread->isRunning())
        return;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->requestPending(); }, Qt::QueuedConnection);
}

void SessionStoreWorker::updateSubmission(const QString &id, const SubmissionUpdate &update)
{
    // A session whose last write failed lives here, newer than its file: change that copy.
    if (const auto it = m_unsaved.find(id); it != m_unsaved.end()) {
        if (!update.appliesTo(*it)) {
            emit submissionUpdateFailed(id, tr("session %1 is no longer %2").arg(id, jsonName(*update.onlyIf)));
            return;
        }
        Session session = *it;
        update.applyTo(session);
        write(session);
        return;
    }
    // Read afresh: the file, not the summary, holds what the session is now. A write that
    // fails goes through write() like any other: kept in memory, retried, saveFailed.
    Result<Session> session = m_repository.load(id);
    if (!session) {
        qCDebug(lcStore).noquote() << "submission state of" << id << "not changed:" << session.error();
        emit submissionUpdateFailed(id, session.error());
        return;
    }
    if (!update.appliesTo(session.value())) {
        emit submissionUpdateFailed(id, tr("session %1 is no longer %2").arg(id, jsonName(*update.onlyIf)));
        return;
    }
    Session changed = std::move(session).value();
    update.applyTo(changed);
    write(changed);
}

void SessionStoreWorker::requestPending()
{
    QList<SessionSummary> pending;
    QSet<QString> seen;
    for (const Session &s : std::as_const(m_unsaved)) {
        if (s.submissionStatus == SubmissionStatus::Pending)
            pending.append(SessionSummary::of(s));
        seen.insert(s.id);
    }
    if (m_repository.isOpen()) {
        for (const SessionSummary *s : m_repository.newestFirst()) {
            if (s->submissionStatus == SubmissionStatus::Pending && !seen.contains(s->id))
                pending.append(*s);
        }
    }
    emit pendingSessions(pending);
}
