#include "translations.h"

#include "desktoplog.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace {

QPointer<QTranslator> appTranslator;
QPointer<QTranslator> qtTranslator;

// Replaces the translator held in slot with one for locale, or none when no file fits.
bool install(QPointer<QTranslator> &slot, const QLocale &locale, const QString &name, const QString &folder)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    auto *translator = new QTranslator(QCoreApplication::instance());
    // The QLocale overload tries each of the locale's UI languages, "de_AT" then "de".
    if (!translator->load(locale, name, QStringLiteral("_"), folder)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    slot = translator;
    return true;
}

} // namespace

bool loadTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale); // numbers and dates as the chosen language writes them
    bool app = install(appTranslator, locale, QStringLiteral("hl7capture"), QStringLiteral(":/i18n"));
    // Any other language reads English, whose catalogue only spells out "1 session" and "2 sessions".
    if (!app)
        install(appTranslator, QLocale(QLocale::English), QStringLiteral("hl7capture"), QStringLiteral(":/i18n"));
    install(qtTranslator, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    qCInfo(lcDesktop).noquote() << "language" << locale.name() << (app ? "translated" : "untranslated");
    return app;
}
