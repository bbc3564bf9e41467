#pragma once

#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace ec2lab::gui {

class LabController;

/// Steps through a guided lesson: loads its script into the lab, then each Next applies the
/// step's actions at the clock and advances the clock, while the text explains what to look at.
///
/// Contract: lessons are data (resources/lessons/*.json: title, summary, script, steps[] with
/// title, text, do[] and advance seconds; see resources/lessons/README.md); adding a file adds a
/// lesson. Texts are shown in the panel's language: "title_ko" etc. when the language is "ko",
/// the English field when that translation is missing or empty. Back replays the lesson from its
/// start to the previous step, so the lab state always matches the step shown. Next plays the
/// clock through the step's seconds (the students see the transitions happen); starting a lesson
/// from its button asks before replacing a lab that holds instances.
class LessonPanel : public QWidget
{
    Q_OBJECT
public:
    /// \a language defaults to the interface language in use (uiLanguage()).
    LessonPanel(LabController *controller, QWidget *parent = nullptr, const QString &language = QString());
    /// Every lesson found, sorted by file name.
    static QList<QJsonObject> loadLessons();
    /// \a object's \a key in \a language ("title_ko"), or the English \a key when the translation
    /// is missing or empty.
    static QString localized(const QJsonObject &object, const QString &key, const QString &language);

    QString language() const { return m_language; }
    int stepIndex() const { return m_step; }
    /// The lesson running (-1: none) and the one chosen in the list.
    int lessonIndex() const { return m_lesson; }
    int currentChoice() const;
    /// Shows \a lesson at \a step without replaying it (the lab already is at that step: used
    /// when the workspace is rebuilt around the same controller).
    void restoreProgress(int choice, int lesson, int step);
    /// Asks before a lesson replaces a lab that holds instances, then starts it; false when the
    /// student keeps the current lab.
    bool askToStartLesson(int index);
    /// Starts \a lesson without asking.
    void startLesson(int index);
    /// The next step: its actions, then the clock plays through its `advance` seconds.
    void next();
    /// Replays the lesson to the step before (at once, without playing the clock).
    void back();
    /// Ends the clock's run through the current step at once (Next does so before acting).
    void finishStep();
    /// The heading and the text shown now (plain text).
    QString titleText() const;
    QString bodyText() const;

signals:
    /// The step asks the lab to show instance \a name (its "select" field).
    void instanceToShow(const QString &name);

private:
    void showStep();
    void showSummary(int index);
    void runStep(const QJsonObject &step, bool animate);
    void advance(bool animate);
    QString text(const QJsonObject &object, const char *key) const;

    LabController *m_controller;
    QString m_language;
    QList<QJsonObject> m_lessons;
    int m_lesson = -1;
    int m_step = -1;
    QComboBox *m_choice;
    QLabel *m_title;
    QTextBrowser *m_text;
    QPushButton *m_start;
    QPushButton *m_back;
    QPushButton *m_next;
};

} // namespace ec2lab::gui
