#include "scenariodocument.h"

#include "cost/labscript.h"
#include "cost/pricesource.h"
#include "cost/scenarioreader.h"
#include "inputerror.h"
#include "jsonpath.h"
#include "jsonreader.h"
#include "lifecycle/lifecyclescript.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUndoCommand>
#include <QUndoStack>

namespace ec2lab::gui {

/// One undoable edit of one JSON path; consecutive edits with the same merge key collapse so a
/// dragged slider is one undo step, not hundreds.
class SetValueCommand : public QUndoCommand
{
public:
    SetValueCommand(ScenarioDocument *doc, QString path, QJsonValue before, QJsonValue after,
        const QString &text, QString mergeKey)
        : QUndoCommand(text)
        , m_doc(doc)
        , m_path(std::move(path))
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(std::move(mergeKey))
    {
    }
    void undo() override { m_doc->applyValue(m_path, m_before); }
    void redo() override { m_doc->applyValue(m_path, m_after); }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const SetValueCommand *>(other);
        if (o->m_mergeKey != m_mergeKey || o->m_path != m_path)
            return false;
        m_after = o->m_after;
        return true;
    }

private:
    ScenarioDocument *m_doc;
    QString m_path;
    QJsonValue m_before;
    QJsonValue m_after;
    QString m_mergeKey;
};

ScenarioDocument::ScenarioDocument(QObject *parent)
    : QObject(parent)
    , m_json(defaultScenario())
    , m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
    m_autosave.setInterval(30 * 1000);
    connect(&m_autosave, &QTimer::timeout, this, [this] {
        if (isModified())
            autosaveNow();
    });
    m_autosave.start();
}

ScenarioDocument::~ScenarioDocument() = default;

QJsonObject ScenarioDocument::defaultScenario()
{
    QFile f(QStringLiteral(":/ec2lab/default-scenario.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonValue ScenarioDocument::value(const QString &path) const
{
    return jsonpath::get(m_json, path);
}

void ScenarioDocument::setValue(
    const QString &path, const QJsonValue &value, const QString &undoText, const QString &mergeKey)
{
    const QJsonValue before = jsonpath::get(m_json, path);
    if (before == value)
        return;
    m_undo->push(new SetValueCommand(this, path, before, value, undoText, mergeKey));
}

void ScenarioDocument::applyValue(const QString &path, const QJsonValue &value)
{
    QJsonValue root(m_json);
    jsonpath::set(root, path, value);
    m_json = root.toObject();
    emit scenarioChanged(path);
}

QString ScenarioDocument::displayName() const
{
    return m_fileName.isEmpty() ? tr("Untitled scenario") : QFileInfo(m_fileName).fileName();
}

bool ScenarioDocument::isModified() const
{
    return !m_undo->isClean();
}

void ScenarioDocument::reset(const QJsonObject &json, const QString &fileName)
{
    m_json = json;
    m_undo->clear();
    m_undo->setClean();
    if (m_fileName != fileName) {
        m_fileName = fileName;
        emit fileNameChanged(m_fileName);
    }
    emit scenarioChanged(QString());
    emit modifiedChanged(false);
}

void ScenarioDocument::newScenario()
{
    reset(defaultScenario(), QString());
}

namespace {

/// Answers every price with zero: checking a document's shape must not depend on which prices
/// the catalog happens to hold (a missing price is the workspace's business, not a broken file).
class AnyPriceSource : public PriceSource
{
public:
    std::optional<Money> find(const PriceQuery &) const override { return Money(); }
    QString snapshotDate() const override { return {}; }
};

} // namespace

namespace {

/// Checks a lifecycle script as the lab runs it ("until" defaults to the last event, prices to
/// zero); \a prefix is where the script sits in the file ("lab." inside a document, "" for a
/// bare script file), so the reported path is the one the user sees in their file.
void validateLab(const QJsonValue &value, const QString &fileName, const QString &prefix)
{
    if (!value.isObject())
        throw InputError { fileName, prefix.isEmpty() ? QString() : prefix.chopped(1),
            QStringLiteral("expected a JSON object (the lab's lifecycle script)") };
    const QJsonObject lab = LabScript::withDefaults(value.toObject());
    InputError error;
    if (!LifecycleScript::fromJson(lab, fileName, &error, ScriptPriceLookup::zeroPrices()))
        throw prefix.isEmpty() ? error : LabScript::inDocument(error);
}

} // namespace

void ScenarioDocument::validate(const QJsonObject &json, const QString &fileName)
{
    // The cost part, exactly as `ec2lab cost` reads it (it accepts the "lab" and "gui" keys).
    QJsonObject cost = json;
    // The app keeps an empty option list when every option was removed; that is a state of the
    // workspace, not damage.
    if (cost.value(QStringLiteral("options")).isArray()
        && cost.value(QStringLiteral("options")).toArray().isEmpty())
        cost.remove(QStringLiteral("options"));
    const AnyPriceSource anyPrice;
    (void)ScenarioReader::fromJson(cost, fileName, &anyPrice);
    if (json.contains(QStringLiteral("lab")))
        validateLab(json.value(QStringLiteral("lab")), fileName, QStringLiteral("lab."));
}

bool ScenarioDocument::load(const QString &fileName, QString *error)
{
    // Everything is read and checked before anything is replaced: a bad file leaves the open
    // document, its undo history and its file name exactly as they were.
    QJsonObject json;
    try {
        // Refuses missing, unreadable and oversized files before reading them, and names the
        // line and column of a syntax error (the same reader as the command line).
        const QJsonDocument doc = loadJsonDocument(fileName);
        if (!doc.isObject())
            throw InputError { fileName, QString(),
                QStringLiteral("expected a JSON object at the top level") };
        json = doc.object();
        // A bare lifecycle script opens in the lab, with the default cost scenario beside it.
        if (json.contains(QStringLiteral("events")) && !json.contains(QStringLiteral("workloads"))) {
            validateLab(json, fileName, QString()); // paths as in the user's own file
            QJsonObject merged = defaultScenario();
            merged.insert(QStringLiteral("lab"), json);
            json = merged;
        }
        validate(json, fileName);
    } catch (const InputError &e) {
        if (error)
            *error = e.toString();
        return false;
    }
    reset(json, QFileInfo(fileName).absoluteFilePath());
    return true;
}

QByteArray ScenarioDocument::toJson() const
{
    return QJsonDocument(m_json).toJson(QJsonDocument::Indented);
}

bool ScenarioDocument::save(const QString &fileName, QString *error)
{
    QSaveFile f(fileName);
    if (!f.open(QIODevice::WriteOnly) || f.write(toJson()) < 0 || !f.commit()) {
        if (error)
            *error = tr("%1: cannot save: %2").arg(fileName, f.errorString());
        return false;
    }
    m_undo->setClean();
    const QString abs = QFileInfo(fileName).absoluteFilePath();
    if (abs != m_fileName) {
        m_fileName = abs;
        emit fileNameChanged(m_fileName);
    }
    discardAutosave();
    return true;
}

QString ScenarioDocument::autosavePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/autosave.json");
}

bool ScenarioDocument::hasRecovery()
{
    return QFileInfo::exists(autosavePath());
}

bool ScenarioDocument::autosaveNow()
{
    QDir().mkpath(QFileInfo(autosavePath()).absolutePath());
    QJsonObject wrapper;
    wrapper.insert(QStringLiteral("file"), m_fileName);
    wrapper.insert(QStringLiteral("scenario"), m_json);
    QSaveFile f(autosavePath());
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QJsonDocument(wrapper).toJson(QJsonDocument::Compact));
    return f.commit();
}

bool ScenarioDocument::recover(QString *error)
{
    QFile f(autosavePath());
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    const QJsonObject wrapper = QJsonDocument::fromJson(f.readAll()).object();
    if (!wrapper.value(QStringLiteral("scenario")).isObject()) {
        if (error)
            *error = tr("The recovery file is damaged.");
        return false;
    }
    reset(wrapper.value(QStringLiteral("scenario")).toObject(),
        wrapper.value(QStringLiteral("file")).toString());
    // The recovered state differs from what is on disk: mark it modified so closing asks to save.
    m_undo->resetClean();
    emit modifiedChanged(true);
    return true;
}

void ScenarioDocument::discardAutosave()
{
    QFile::remove(autosavePath());
}

void ScenarioDocument::setAutosaveInterval(int msec)
{
    m_autosave.setInterval(msec);
}

} // namespace ec2lab::gui
