#include "submissionconfig.h"

#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionConfig)
};

} // namespace

QString SubmissionConfig::checkEndpoint(const QUrl &endpoint)
{
    if (endpoint.isEmpty())
        return {};
    const QString scheme = endpoint.scheme();
    if (!endpoint.isValid() || (scheme != u"http" && scheme != u"https") || endpoint.host().isEmpty())
        return Tr::tr("the submission endpoint \"%1\" is not an http:// or https:// URL")
            .arg(endpoint.toDisplayString(QUrl::RemoveUserInfo));
    return {};
}
