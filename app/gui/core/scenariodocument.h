#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>

class QUndoStack;

namespace ec2lab::gui {

/// The one QObject facade over the open scenario (a cost scenario in the format `ec2lab cost`
/// reads, plus the lab's lifecycle script under the key "lab").
///
/// Contract: the JSON is only changed through setValue(), which pushes an undoable command;
/// every change (edit, undo, redo, load) emits scenarioChanged() with the path that changed
/// ("" = everything), so views and the undo stack never drift apart. Files are written through
/// QSaveFile (never half-written); an autosave copy goes to AppDataLocation every 30 s while
/// there are unsaved changes and is removed on a clean save or close.
class ScenarioDocument : public QObject
{
    Q_OBJECT
public:
    explicit ScenarioDocument(QObject *parent = nullptr);
    ~ScenarioDocument() override;

    /// The embedded default scenario (an m5.large web server with a small lab script).
    static QJsonObject defaultScenario();

    const QJsonObject &json() const { return m_json; }
    QJsonValue value(const QString &path) const;
    /// Pushes an undoable edit. Edits with the same non-empty \a mergeKey in a row (a slider being
    /// dragged, a brush stroke on the grid) merge into one undo step.
    void setValue(const QString &path, const QJsonValue &value, const QString &undoText,
        const QString &mergeKey = QString());

    QUndoStack *undoStack() const { return m_undo; }
    QString fileName() const { return m_fileName; }
    QString displayName() const;
    bool isModified() const;

    /// Replaces everything (not undoable: the undo stack is cleared).
    void reset(const QJsonObject &json, const QString &fileName);
    void newScenario();
    /// Reads and checks \a fileName, then replaces the document. On failure returns false, fills
    /// \a error with one line naming the file, the position or JSON path and the field, and leaves
    /// the open document, its undo history and its file name untouched.
    bool load(const QString &fileName, QString *error);
    /// Checks a document's shape with the model's readers (the cost scenario as `ec2lab cost`
    /// reads it, the "lab" script as the lab runs it). Throws ec2lab::InputError.
    static void validate(const QJsonObject &json, const QString &fileName);
    bool save(const QString &fileName, QString *error);
    QByteArray toJson() const;

    /// Autosave: path of the crash-recovery copy and whether one is waiting from a previous run.
    static QString autosavePath();
    static bool hasRecovery();
    bool recover(QString *error);
    static void discardAutosave();
    /// Writes the recovery copy now (the timer calls this every 30 s when modified).
    bool autosaveNow();
    void setAutosaveInterval(int msec);

signals:
    /// Emitted after every change of the JSON; \a path is the edited path or empty for all.
    void scenarioChanged(const QString &path);
    void fileNameChanged(const QString &fileName);
    void modifiedChanged(bool modified);

private:
    friend class SetValueCommand;
    void applyValue(const QString &path, const QJsonValue &value);

    QJsonObject m_json;
    QString m_fileName;
    QUndoStack *m_undo = nullptr;
    QTimer m_autosave;
};

} // namespace ec2lab::gui
