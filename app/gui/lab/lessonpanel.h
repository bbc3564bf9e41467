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
/// title, text, do[] and advance seconds); adding a file adds a lesson. Back replays the lesson
/// from its start to the previous step, so the lab state always matches the step shown.
class LessonPanel : public QWidget
{
    Q_OBJECT
public:
    LessonPanel(LabController *controller, QWidget *parent = nullptr);
    /// Every lesson found, sorted by file name.
    static QList<QJsonObject> loadLessons();
    int stepIndex() const { return m_step; }
    void startLesson(int index);
    void next();
    void back();

private:
    void showStep();
    void runStep(const QJsonObject &step);

    LabController *m_controller;
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
