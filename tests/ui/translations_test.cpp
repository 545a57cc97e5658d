// Every translation of the applet and of the console is complete: each string of the sources is in each
// language's .ts file, translated (no "unfinished"), with the same placeholders and the
// right number of plural forms.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <set>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool finished = true;
    QStringList translations;  // one, or one per plural form
};

std::vector<Message> readTs(const QString& path, QString* language)
{
    std::vector<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) continue;
        const auto name = xml.name();
        if (name == u"TS") {
            *language = xml.attributes().value("language").toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = Message{context, {}, xml.attributes().value("numerus") == u"yes", true, {}};
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            const auto type = xml.attributes().value("type");
            current.finished = type.isEmpty();
            if (current.numerus) {
                while (xml.readNextStartElement()) current.translations << xml.readElementText();
            } else {
                current.translations << xml.readElementText();
            }
            messages.push_back(current);
        }
    }
    EXPECT_FALSE(xml.hasError()) << path.toStdString() << ": " << xml.errorString().toStdString();
    return messages;
}

std::set<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d|n)"));
    std::set<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) found.insert(it.next().captured());
    return found;
}

int pluralForms(const QString& language)
{
    return language.startsWith(u"pl") ? 3 : 2;
}

// One program's catalogs: its .ts files and the sources lupdate reads for them.
struct Catalog
{
    const char* program;
    QStringList tsFiles;
    QStringList sources;
};

std::vector<Catalog> catalogs()
{
    auto split = [](const char* list) { return QString::fromUtf8(list).split(u'|', Qt::SkipEmptyParts); };
    return {{"applet", split(LIFELINE_APPLET_TS_FILES), split(LIFELINE_APPLET_TR_SOURCES)},
            {"console", split(LIFELINE_CONSOLE_TS_FILES), split(LIFELINE_CONSOLE_TR_SOURCES)}};
}

QStringList languages()
{
    QStringList all;
    for (const Catalog& c : catalogs()) all += c.tsFiles;
    return all;
}

TEST(TranslationsTest, AllSevenLanguagesAreThere)
{
    for (const Catalog& c : catalogs()) {
        QStringList found;
        for (const QString& path : c.tsFiles) found << QFileInfo(path).baseName();
        QStringList expected;
        for (const char* language : {"en", "nl", "de", "fr", "it", "pl", "es"}) {
            expected << QStringLiteral("%1_%2").arg(c.program, language);
        }
        EXPECT_EQ(found, expected);
    }
}

TEST(TranslationsTest, EveryStringIsTranslatedWithItsPlaceholdersAndPluralForms)
{
    for (const QString& path : languages()) {
        QString language;
        const auto messages = readTs(path, &language);
        ASSERT_GT(messages.size(), 40u) << path.toStdString();
        for (const Message& m : messages) {
            const std::string where = path.toStdString() + ": " + m.source.toStdString();
            EXPECT_TRUE(m.finished) << "unfinished or vanished — " << where;
            ASSERT_FALSE(m.translations.isEmpty()) << where;
            if (m.numerus) {
                EXPECT_EQ(m.translations.size(), pluralForms(language)) << where;
            }
            for (const QString& t : m.translations) {
                EXPECT_FALSE(t.trimmed().isEmpty()) << "empty — " << where;
                std::set<QString> expected = placeholders(m.source);
                if (m.numerus && m.translations.size() > 1) expected.erase("%n");  // a form may spell "one"
                for (const QString& p : expected) {
                    EXPECT_TRUE(t.contains(p)) << p.toStdString() << " missing — " << where;
                }
            }
        }
    }
}

TEST(TranslationsTest, NoStringOfTheSourcesIsMissingFromAnyLanguage)
{
    // lupdate over today's sources must find nothing new in any file.
    QTemporaryDir dir;
    for (const Catalog& c : catalogs()) {
    const QStringList& sources = c.sources;
    ASSERT_FALSE(sources.isEmpty());
    for (const QString& path : c.tsFiles) {
        const QString copy = dir.filePath(QFileInfo(path).fileName());
        ASSERT_TRUE(QFile::copy(path, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.start(QStringLiteral(LIFELINE_LUPDATE),
                      QStringList{"-no-obsolete", "-locations", "none", "-silent", "-I", LIFELINE_SOURCE_DIR "/apps", "-I",
                                  LIFELINE_SOURCE_DIR "/libs"} + sources + QStringList{"-ts", copy});
        ASSERT_TRUE(lupdate.waitForFinished(60000));
        ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();
        QString language;
        const auto before = readTs(path, &language);
        const auto after = readTs(copy, &language);
        for (const Message& m : after) {
            EXPECT_TRUE(m.finished) << path.toStdString() << " lacks \"" << m.source.toStdString()
                                    << "\" (run: cmake --build build --target update_translations, then translate)";
        }
        EXPECT_EQ(after.size(), before.size()) << path.toStdString() << " has strings the sources no longer use";
    }
    }
}

TEST(TranslationsTest, CompiledCatalogsTranslateWithTheLanguagesPluralRules)
{
    QTranslator dutch;
    ASSERT_TRUE(dutch.load(QStringLiteral(LIFELINE_QM_DIR "/applet_nl.qm")));
    EXPECT_EQ(dutch.translate("Texts", "See your screen"), "Uw scherm zien");
    QTranslator polish;
    ASSERT_TRUE(polish.load(QStringLiteral(LIFELINE_QM_DIR "/applet_pl.qm")));
    const char* source = "Too many wrong codes. Try again in %n second(s).";
    EXPECT_TRUE(polish.translate("Texts", source, nullptr, 1).endsWith("%n sekundę."));
    EXPECT_TRUE(polish.translate("Texts", source, nullptr, 3).endsWith("%n sekundy."));
    EXPECT_TRUE(polish.translate("Texts", source, nullptr, 5).endsWith("%n sekund."));
    QTranslator english;
    ASSERT_TRUE(english.load(QStringLiteral(LIFELINE_QM_DIR "/applet_en.qm")));
    EXPECT_EQ(english.translate("Texts", source, nullptr, 1), "Too many wrong codes. Try again in %n second.");
    // QObject classes translate in their namespaced class name, as moc reports it.
    EXPECT_EQ(dutch.translate("lifeline::applet::AppletWindow", "Connect"), "Verbinden");

    QTranslator console;
    ASSERT_TRUE(console.load(QStringLiteral(LIFELINE_CONSOLE_QM_DIR "/console_pl.qm")));
    const char* sessions = "%n session(s) still open. Quit and end them?";
    EXPECT_TRUE(console.translate("lifeline::console::MainWindow", sessions, nullptr, 1).startsWith("%n sesja"));
    EXPECT_TRUE(console.translate("lifeline::console::MainWindow", sessions, nullptr, 5).startsWith("%n sesji"));
    QTranslator german;
    ASSERT_TRUE(german.load(QStringLiteral(LIFELINE_CONSOLE_QM_DIR "/console_de.qm")));
    EXPECT_EQ(german.translate("lifeline::console::SessionTab", "End session"), "Sitzung beenden");
}

}  // namespace
