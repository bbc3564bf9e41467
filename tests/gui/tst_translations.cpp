// Keeps the translation workflow honest: app/translations/ec2lab_ko.ts has a finished Korean
// translation for every message the GUI uses, ec2lab_en.ts keeps its English plural forms, and
// both files are in step with the tr() calls of the sources, checked by running the lupdate
// target's own project (qt_add_translations) on a temporary copy of the .ts files.
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

/// One <message> of a Qt Linguist .ts file: its identity (context, source text, disambiguation),
/// its translator comment and its translation (one string, or one per plural form).
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString extraComment;
    QString type; // "", "unfinished", "obsolete" or "vanished"
    bool numerus = false;
    QStringList translations;

    /// Obsolete and vanished messages are no longer in the sources; lrelease leaves them out.
    bool live() const { return type != u"obsolete" && type != u"vanished"; }
    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString name() const
    {
        return QStringLiteral("[%1] \"%2\"%3")
            .arg(context, source, comment.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(comment));
    }
};

/// A parsed .ts file, or the reason it could not be read.
struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile parseTs(const QByteArray &xml)
{
    TsFile ts;
    QXmlStreamReader r(xml);
    QString context;
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (r.name() == u"TS") {
            ts.language = r.attributes().value(QStringLiteral("language")).toString();
        } else if (r.name() == u"name") {
            context = r.readElementText();
        } else if (r.name() == u"message") {
            TsMessage m;
            m.context = context;
            m.numerus = r.attributes().value(QStringLiteral("numerus")) == u"yes";
            while (r.readNextStartElement()) {
                if (r.name() == u"source") {
                    m.source = r.readElementText();
                } else if (r.name() == u"comment") {
                    m.comment = r.readElementText();
                } else if (r.name() == u"extracomment") {
                    m.extraComment = r.readElementText();
                } else if (r.name() == u"translation") {
                    m.type = r.attributes().value(QStringLiteral("type")).toString();
                    if (m.numerus) {
                        while (r.readNextStartElement())
                            m.translations << r.readElementText();
                    } else {
                        m.translations << r.readElementText();
                    }
                } else {
                    r.skipCurrentElement();
                }
            }
            ts.messages << m;
        }
    }
    if (r.hasError())
        ts.error = QStringLiteral("line %1: %2").arg(r.lineNumber()).arg(r.errorString());
    return ts;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2}|n)"));
    QStringList found;
    for (const QRegularExpressionMatch &m : re.globalMatch(text))
        found << m.captured();
    found.removeDuplicates();
    found.sort();
    return found;
}

/// True when \a text marks a keyboard shortcut letter with a single '&' ("&File", "파일(&F)").
bool hasMnemonic(QString text)
{
    static const QRegularExpression re(QStringLiteral("&[^\\s&]"));
    return re.match(text.remove(QStringLiteral("&&"))).hasMatch();
}

/// What keeps each live message of \a ts from showing as a finished translation with
/// \a pluralForms forms for a plural message; empty when every one is complete.
QStringList translationProblems(const TsFile &ts, qsizetype pluralForms)
{
    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        if (!m.live())
            continue;
        if (m.type == u"unfinished") {
            problems << m.name() + QStringLiteral(": unfinished");
            continue;
        }
        if (m.translations.isEmpty() || m.translations.contains(QString())) {
            problems << m.name() + QStringLiteral(": no translation");
            continue;
        }
        if (m.numerus && m.translations.size() != pluralForms) {
            problems << m.name()
                    + QStringLiteral(": %1 plural forms, the language has %2")
                          .arg(m.translations.size())
                          .arg(pluralForms);
        }
        for (const QString &t : m.translations) {
            if (placeholders(t) != placeholders(m.source)) {
                problems << m.name()
                        + QStringLiteral(": \"%1\" has the placeholders %2, the source %3")
                              .arg(t, placeholders(t).join(u' '), placeholders(m.source).join(u' '));
            }
            if (hasMnemonic(t) != hasMnemonic(m.source))
                problems << m.name()
                        + QStringLiteral(": \"%1\" and the source differ in a shortcut letter (&)").arg(t);
        }
    }
    return problems;
}

TsFile readTs(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        TsFile ts;
        ts.error = QStringLiteral("%1: cannot open: %2").arg(path, f.errorString());
        return ts;
    }
    TsFile ts = parseTs(f.readAll());
    if (!ts.error.isEmpty())
        ts.error = path + QStringLiteral(": ") + ts.error;
    return ts;
}

QByteArray tsWith(const QByteArray &messages)
{
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n<TS version=\"2.1\" "
           "language=\"ko_KR\">\n"
           "<context>\n    <name>ec2lab::gui::LabWorkspace</name>\n"
        + messages + "</context>\n</TS>\n";
}

/// Runs a program to its end; returns its error output, or a line saying why it failed.
QString run(const QString &program, const QStringList &args, bool *ok)
{
    QProcess p;
    p.start(program, args);
    *ok = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    const QString out = QString::fromLocal8Bit(p.readAllStandardOutput() + p.readAllStandardError());
    return *ok ? out
               : QStringLiteral("%1 %2 failed (%3): %4").arg(program, args.join(u' '), p.errorString(), out);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void checker_data();
    void checker();
    void koreanIsComplete();
    void englishPluralsAreSpelledOut();
    void inStepWithSources();
};

// The checker itself, on small .ts files made to fail one way each: a test that could not fail
// would prove nothing about ec2lab_ko.ts.
void TestTranslations::checker_data()
{
    QTest::addColumn<QByteArray>("messages");
    QTest::addColumn<int>("problems");

    QTest::newRow("finished translation")
        << QByteArray("<message><source>Start</source><comment>instance action</comment>"
                      "<translation>시작</translation></message>")
        << 0;
    QTest::newRow("unfinished translation") << QByteArray(
        "<message><source>Start</source><translation type=\"unfinished\">시작</translation></message>")
                                            << 1;
    QTest::newRow("empty translation")
        << QByteArray("<message><source>Start</source><translation></translation></message>") << 1;
    QTest::newRow("obsolete and vanished messages do not count")
        << QByteArray("<message><source>Old</source><translation type=\"obsolete\"></translation></message>"
                      "<message><source>Gone</source><translation type=\"vanished\"></translation></message>")
        << 0;
    QTest::newRow("placeholder dropped")
        << QByteArray("<message><source>%1 accepted</source><translation>수락됨</translation></message>")
        << 1;
    QTest::newRow("placeholders reordered are fine")
        << QByteArray("<message><source>%1 of %2</source><translation>%2 중 %1</translation></message>") << 0;
    QTest::newRow("shortcut letter lost")
        << QByteArray("<message><source>&amp;Export</source><translation>내보내기</translation></message>")
        << 1;
    QTest::newRow("escaped ampersand is no shortcut")
        << QByteArray("<message><source>Q&amp;&amp;A</source><translation>질문과 답</translation></message>")
        << 0;
    QTest::newRow("plural with one form")
        << QByteArray("<message numerus=\"yes\"><source>%n month(s)</source>"
                      "<translation><numerusform>%n개월</numerusform></translation></message>")
        << 0;
    QTest::newRow("plural with two forms where Korean has one") << QByteArray(
        "<message numerus=\"yes\"><source>%n month(s)</source>"
        "<translation><numerusform>%n개월</numerusform><numerusform>%n개월</numerusform>"
        "</translation></message>") << 1;
}

void TestTranslations::checker()
{
    QFETCH(QByteArray, messages);
    QFETCH(int, problems);
    const TsFile ts = parseTs(tsWith(messages));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    const QStringList found = translationProblems(ts, 1);
    QVERIFY2(found.size() == problems, qPrintable(found.join(u'\n')));
}

void TestTranslations::koreanIsComplete()
{
    const TsFile ts = readTs(QStringLiteral(EC2LAB_TRANSLATIONS_DIR "/ec2lab_ko.ts"));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.language, QStringLiteral("ko_KR"));
    // The GUI has hundreds of strings; a file that lost them all must not pass as "complete".
    QVERIFY2(ts.messages.size() > 500, qPrintable(QString::number(ts.messages.size())));
    // Korean has one plural form (Qt's plural rules for ko: "%n개월" whatever %n is).
    const QStringList problems = translationProblems(ts, 1);
    QVERIFY2(problems.isEmpty(),
        qPrintable(QStringLiteral("%1 Korean translation(s) missing or wrong; open "
                                  "app/translations/ec2lab_ko.ts in Qt Linguist:\n%2")
                       .arg(problems.size())
                       .arg(problems.join(u'\n'))));
}

// English is the source language, so ec2lab_en.ts translates only the plurals: "%n month(s)"
// becomes "%n month" for 1 and "%n months" otherwise, so no "(s)" reaches the screen.
void TestTranslations::englishPluralsAreSpelledOut()
{
    const TsFile ts = readTs(QStringLiteral(EC2LAB_TRANSLATIONS_DIR "/ec2lab_en.ts"));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.language, QStringLiteral("en_US"));
    TsFile plurals;
    for (const TsMessage &m : std::as_const(ts.messages)) {
        if (m.numerus && m.live())
            plurals.messages << m;
    }
    QVERIFY2(!plurals.messages.isEmpty(), "ec2lab_en.ts has no plural message");
    QStringList problems = translationProblems(plurals, 2);
    static const QRegularExpression unresolved(QStringLiteral("%n [^\\s(]+\\(s\\)"));
    for (const TsMessage &m : std::as_const(plurals.messages)) {
        if (m.translations.size() == 2 && m.translations[0] == m.translations[1])
            problems << m.name() + QStringLiteral(": singular and plural are the same");
        for (const QString &t : m.translations) {
            if (unresolved.match(t).hasMatch())
                problems << m.name() + QStringLiteral(": \"%1\" still says (s) after %n").arg(t);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// Runs what `cmake --build build --target update_translations` runs (lupdate on the project that
// qt_add_translations describes), but on copies of the .ts files, and compares the messages:
// a tr() string added, removed, re-disambiguated or newly commented without refreshing the .ts
// files fails here. Source line numbers are not compared: they move with every edit.
void TestTranslations::inStepWithSources()
{
    QStringList projects;
    QDirIterator it(QStringLiteral(EC2LAB_BUILD_DIR "/app"), { QStringLiteral("*_project.cmake") },
        QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QStringLiteral("/.lupdate/")))
            projects << path;
    }
    QVERIFY2(!projects.isEmpty(),
        "no lupdate project under the build's app/ folder: qt_add_translations (Qt 6.4) writes "
        ".lupdate/<target>_project.cmake there");

    for (const QString &project : std::as_const(projects)) {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString json = tmp.filePath(QStringLiteral("project.json"));
        bool ok = false;
        QString out = run(QStringLiteral(EC2LAB_CMAKE),
            { QStringLiteral("-DIN_FILE=") + project, QStringLiteral("-DOUT_FILE=") + json,
                QStringLiteral("-P"), QStringLiteral(EC2LAB_LUPDATE_PROJECT_SCRIPT) },
            &ok);
        QVERIFY2(ok, qPrintable(out));
        QFile jf(json);
        QVERIFY2(jf.open(QIODevice::ReadOnly), qPrintable(json));
        const QJsonArray tsFiles
            = QJsonDocument::fromJson(jf.readAll()).object().value(u"translations").toArray();
        QVERIFY2(!tsFiles.isEmpty(), qPrintable(project + QStringLiteral(": no .ts file")));

        QStringList args { QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
            QStringLiteral("-project"), json, QStringLiteral("-ts") };
        QStringList originals;
        for (const QJsonValue &v : tsFiles) {
            const QString original = v.toString();
            const QString copy = tmp.filePath(QFileInfo(original).fileName());
            QVERIFY2(QFile::copy(original, copy), qPrintable(original));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            originals << original;
            args << copy;
        }
        out = run(QStringLiteral(EC2LAB_LUPDATE), args, &ok);
        QVERIFY2(ok, qPrintable(out));

        for (const QString &original : std::as_const(originals)) {
            const TsFile before = readTs(original);
            const TsFile after = readTs(tmp.filePath(QFileInfo(original).fileName()));
            QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
            QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
            QHash<QString, TsMessage> had;
            for (const TsMessage &m : before.messages) {
                if (m.live())
                    had.insert(m.key(), m);
            }
            QStringList differences;
            for (const TsMessage &m : after.messages) {
                if (!m.live())
                    continue;
                const auto old = had.constFind(m.key());
                if (old == had.cend()) {
                    differences << QStringLiteral("new in the sources: ") + m.name();
                    continue;
                }
                if (old->extraComment != m.extraComment)
                    differences << QStringLiteral("translator comment changed: ") + m.name();
                if (old->numerus != m.numerus)
                    differences << QStringLiteral("plural (%n) changed: ") + m.name();
                if (old->type != m.type || old->translations != m.translations)
                    differences << QStringLiteral("lupdate would change the translation: ") + m.name();
                had.remove(m.key());
            }
            for (const TsMessage &m : std::as_const(had))
                differences << QStringLiteral("no longer in the sources: ") + m.name();
            differences.sort();
            QVERIFY2(differences.isEmpty(),
                qPrintable(QStringLiteral("%1 is out of step with the sources. Run `cmake --build build "
                                          "--target update_translations`, translate what is new in Qt "
                                          "Linguist and commit the .ts files:\n%2")
                               .arg(QFileInfo(original).fileName(), differences.join(u'\n'))));
        }
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
