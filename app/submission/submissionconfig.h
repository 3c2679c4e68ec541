#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

#include <chrono>

// What the submission needs of the settings; the CLI and the app fill it from Settings, so this
// library does not depend on how settings are kept.
struct SubmissionConfig
{
    QUrl endpoint; // empty: submission is off, sessions stay pending
    QString authHeader; // the whole Authorization value; a secret, never logged
    QString performer;
    int concurrency = 2;
    int maxRetries = 3; // attempts in all before a session is failed
    std::chrono::minutes interval{5};
    std::chrono::seconds timeout{30};
    QString caFile; // an extra CA (PEM or DER) for a private collector

    bool enabled() const { return endpoint.isValid() && !endpoint.isEmpty(); }

    // Endpoint text as a person typed it: empty stays empty (off), anything else must be an
    // absolute http(s) URL. Empty error means fine.
    static QString checkEndpoint(const QUrl &endpoint);

    friend bool operator==(const SubmissionConfig &, const SubmissionConfig &) = default;
};

Q_DECLARE_METATYPE(SubmissionConfig)
