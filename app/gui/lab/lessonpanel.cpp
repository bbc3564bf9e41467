#include "lessonpanel.h"

#include "gui.h"
#include "labcontroller.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ec2lab::gui {

namespace {

/// The lesson text: it asks for no more than its minimum height. The side column scrolls by its
/// preferred height, so a text asking for 192 px pushed Back/Next off a short screen; the text
/// still takes any height left over (and scrolls inside itself).
class CompactTextBrowser : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;
    QSize sizeHint() const override { return { QTextBrowser::sizeHint().width(), minimumHeight() }; }
};

} // namespace

LessonPanel::LessonPanel(LabController *controller, QWidget *parent, const QString &language)
    : QWidget(parent)
    , m_controller(controller)
    , m_language(language.isEmpty() ? uiLanguage() : language)
    , m_lessons(loadLessons())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_choice = new QComboBox(this);
    m_choice->setAccessibleName(tr("Lesson"));
    // Long (Korean) titles must not widen the side panel: the list shows them in full.
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_choice->setMinimumContentsLength(8);
    for (const QJsonObject &l : m_lessons)
        m_choice->addItem(text(l, "title"));
    m_start = new QPushButton(tr("Start lesson"), this);
    m_start->setToolTip(tr("Load the lesson into the lab and show its first step"));
    top->addWidget(m_choice, 1);
    top->addWidget(m_start);
    layout->addLayout(top);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_text = new CompactTextBrowser(this);
    m_text->setAccessibleName(tr("Lesson text"));
    m_text->setMinimumHeight(80);
    layout->addWidget(m_text, 1);
    auto *nav = new QHBoxLayout;
    m_back = new QPushButton(tr("◀ Back"), this);
    m_next = new QPushButton(tr("Next ▶"), this);
    m_back->setToolTip(tr("Previous step (Alt+Left)"));
    m_next->setToolTip(tr("Next step (Alt+Right)"));
    m_back->setShortcut(QKeySequence(tr("Alt+Left")));
    m_next->setShortcut(QKeySequence(tr("Alt+Right")));
    nav->addWidget(m_back);
    nav->addStretch();
    nav->addWidget(m_next);
    layout->addLayout(nav);
    connect(m_start, &QPushButton::clicked, this, [this] { askToStartLesson(m_choice->currentIndex()); });
    connect(m_next, &QPushButton::clicked, this, &LessonPanel::next);
    connect(m_back, &QPushButton::clicked, this, &LessonPanel::back);
    connect(m_choice, &QComboBox::currentIndexChanged, this, [this](int i) {
        // A narrow side panel cuts the title in the box: the tooltip always has it whole.
        m_choice->setToolTip(m_choice->itemText(i));
        if (i != m_lesson)
            showSummary(i);
    });
    m_choice->setToolTip(m_choice->currentText());
    showSummary(0);
    showStep();
}

QString LessonPanel::localized(const QJsonObject &object, const QString &key, const QString &language)
{
    if (!language.isEmpty() && language != u"en") {
        const QString translated = object.value(key + u'_' + language).toString();
        if (!translated.trimmed().isEmpty())
            return translated;
    }
    return object.value(key).toString();
}

QString LessonPanel::text(const QJsonObject &object, const char *key) const
{
    return localized(object, QString::fromLatin1(key), m_language);
}

void LessonPanel::showSummary(int index)
{
    if (index < 0 || index >= m_lessons.size())
        return;
    m_title->setText(text(m_lessons[index], "title"));
    m_text->setHtml(text(m_lessons[index], "summary"));
}

int LessonPanel::currentChoice() const
{
    return m_choice->currentIndex();
}

void LessonPanel::restoreProgress(int choice, int lesson, int step)
{
    m_choice->setCurrentIndex(choice);
    if (lesson >= 0 && lesson < m_lessons.size()) {
        m_lesson = lesson;
        m_step = step;
    }
    showStep();
}

QString LessonPanel::titleText() const
{
    return m_title->text();
}

QString LessonPanel::bodyText() const
{
    return m_text->toPlainText();
}

QList<QJsonObject> LessonPanel::loadLessons()
{
    QList<QJsonObject> lessons;
    QDir dir(QStringLiteral(":/lessons"));
    const QStringList files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        if (o.contains(QStringLiteral("script")) && o.contains(QStringLiteral("steps")))
            lessons << o;
    }
    return lessons;
}

bool LessonPanel::askToStartLesson(int index)
{
    if (index < 0 || index >= m_lessons.size())
        return false;
    // The lesson replaces the lab's script: ask first when that script holds anything.
    if (!m_controller->instanceNames().isEmpty()) {
        QMessageBox box(QMessageBox::Question, tr("Start lesson"),
            //: %1 is the lesson's title
            tr("Start the lesson \"%1\"? It replaces the instances and events now in the lab.")
                .arg(text(m_lessons[index], "title")),
            QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("replaceLabQuestion"));
        box.setInformativeText(tr("Edit › Undo brings the current lab back."));
        QPushButton *replace = box.addButton(tr("Replace the lab"), QMessageBox::AcceptRole);
        box.setDefaultButton(replace);
        box.exec();
        if (box.clickedButton() != replace)
            return false;
    }
    startLesson(index);
    return true;
}

void LessonPanel::startLesson(int index)
{
    if (index < 0 || index >= m_lessons.size())
        return;
    m_lesson = index;
    m_step = -1;
    m_controller->setPlaying(false);
    m_controller->loadScript(m_lessons[index].value(QStringLiteral("script")).toObject(),
        tr("Start lesson \"%1\"").arg(text(m_lessons[index], "title")));
    m_controller->setClock(0);
    next();
}

void LessonPanel::runStep(const QJsonObject &step, bool animate)
{
    const QJsonArray actions = step.value(QStringLiteral("do")).toArray();
    for (const QJsonValue &a : actions)
        m_controller->perform(a.toObject(), tr("Lesson step"));
    const qint64 target = m_controller->clock() + qint64(step.value(QStringLiteral("advance")).toDouble());
    const QString shown = step.value(QStringLiteral("select")).toString();
    if (!shown.isEmpty())
        emit instanceToShow(shown);
    // The clock runs through the step, so the students see each transition happen.
    if (animate)
        m_controller->playTo(target);
    else
        m_controller->setClock(target);
}

void LessonPanel::next()
{
    advance(true);
}

void LessonPanel::finishStep()
{
    m_controller->finishPlayTo();
}

void LessonPanel::advance(bool animate)
{
    if (m_lesson < 0)
        return;
    const QJsonArray steps = m_lessons[m_lesson].value(QStringLiteral("steps")).toArray();
    if (m_step + 1 >= steps.size())
        return;
    // The step before ends where its text says it does before this one acts.
    m_controller->finishPlayTo();
    ++m_step;
    runStep(steps[m_step].toObject(), animate);
    showStep();
}

void LessonPanel::back()
{
    if (m_lesson < 0 || m_step <= 0)
        return;
    const int target = m_step - 1;
    const int lesson = m_lesson;
    startLesson(lesson);
    m_controller->finishPlayTo();
    while (m_step < target)
        advance(false);
}

void LessonPanel::showStep()
{
    const bool active = m_lesson >= 0;
    QJsonArray steps;
    if (active)
        steps = m_lessons[m_lesson].value(QStringLiteral("steps")).toArray();
    m_back->setEnabled(active && m_step > 0);
    m_next->setEnabled(active && m_step + 1 < steps.size());
    if (!active || m_step < 0)
        return;
    const QJsonObject step = steps[m_step].toObject();
    //: %1 is the step's number, %2 how many steps the lesson has, %3 the step's title
    m_title->setText(tr("Step %1 of %2: %3").arg(m_step + 1).arg(steps.size()).arg(text(step, "title")));
    m_text->setHtml(text(step, "text"));
}

} // namespace ec2lab::gui
