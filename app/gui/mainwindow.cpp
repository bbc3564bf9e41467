#include "mainwindow.h"

#include "advisor/advisorworkspace.h"
#include "charts/chartbase.h"
#include "core/appsettings.h"
#include "core/scenariodocument.h"
#include "core/theme.h"
#include "core/wheelguard.h"
#include "cost/costworkspace.h"
#include "export/chartexporter.h"
#include "export/exportdialog.h"
#include "gui.h"
#include "lab/labcontroller.h"
#include "lab/labworkspace.h"
#include "prices/updatepricesdialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QScreen>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>

namespace ec2lab::gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_doc(new ScenarioDocument(this))
    , m_uiLanguage(uiLanguage())
{
    setObjectName(QStringLiteral("mainWindow"));
    WheelGuard::install(); // scrolling a panel never edits a value under the pointer
    createWorkspaces(nullptr);
    createActions();
    connect(m_doc, &ScenarioDocument::fileNameChanged, this, &MainWindow::updateTitle);
    connect(m_doc, &ScenarioDocument::modifiedChanged, this, &MainWindow::setWindowModified);
    updateTitle();

    // The first window fits the screen it opens on (a 1280x720 projector included): 1440x900
    // where there is room, else the screen's available area; a saved geometry is kept inside too.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1440, 900);
    setMinimumSize(qMin(960, available.width()), qMin(640, available.height()));
    resize(qMin(1440, available.width()), qMin(900, available.height()));
    restoreGeometry(AppSettings::windowGeometry());
    if (!available.contains(frameGeometry()) && !isMaximized() && !isFullScreen())
        resize(qMin(width(), available.width()), qMin(height(), available.height()));
    restoreState(AppSettings::windowState());
    m_tabs->setCurrentIndex(qBound(0, AppSettings::lastWorkspace(), 2));
    statusBar()->showMessage(tr("Ready"), 3000);
}

void MainWindow::createWorkspaces(LabController *controller)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Workspaces"));
    m_lab = new LabWorkspace(m_doc, m_tabs, controller);
    m_cost = new CostWorkspace(m_doc, m_tabs);
    m_advisor = new AdvisorWorkspace(m_doc, m_tabs);
    m_tabs->addTab(m_lab, tr("&Lifecycle lab"));
    m_tabs->addTab(m_cost, tr("&Cost comparison"));
    m_tabs->addTab(m_advisor, tr("&Advisor"));
    setCentralWidget(m_tabs);
    for (Workspace *w : { static_cast<Workspace *>(m_lab), static_cast<Workspace *>(m_cost),
             static_cast<Workspace *>(m_advisor) })
        connect(w, &Workspace::statusMessage, this,
            [this](const QString &t) { statusBar()->showMessage(t, 8000); });
}

void MainWindow::setLanguage(const QString &code)
{
    AppSettings::setLanguage(code);
    installTranslators(code);
    if (uiLanguage() != m_uiLanguage)
        retranslateUi();
}

void MainWindow::changeEvent(QEvent *event)
{
    // Installing a translator posts LanguageChange to every widget; one rebuild is enough, and
    // none when setLanguage() has already retranslated.
    if (event->type() == QEvent::LanguageChange && uiLanguage() != m_uiLanguage && !m_retranslatePending) {
        m_retranslatePending = true;
        QTimer::singleShot(0, this, [this] {
            m_retranslatePending = false;
            if (uiLanguage() != m_uiLanguage)
                retranslateUi();
        });
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    m_uiLanguage = uiLanguage();
    // The new widgets are built with the new translators; the document, its undo stack and the
    // lab's controller (clock, speed, playing, script run) carry over unchanged.
    const int tab = m_tabs->currentIndex();
    const LabWorkspace::ViewState labState = m_lab->viewState();
    int chartIndex = int(m_cost->charts().indexOf(m_cost->currentChart()));
    LabController *controller = m_lab->controller();
    // The imported usage is the advisor's own (not in the document): hand it to the new one.
    const auto advisorState = m_advisor->state();
    const int advisorTab = m_advisor->chartTab();
    QWidget *old = takeCentralWidget();
    old->hide();
    createWorkspaces(controller);
    delete old;
    m_lab->restoreViewState(labState);
    m_advisor->restoreState(advisorState, advisorTab);
    // Show the same cost chart: find the tab page that holds it.
    if (chartIndex >= 0 && chartIndex < m_cost->charts().size()) {
        for (QWidget *w = m_cost->charts().at(chartIndex); w && w != m_cost; w = w->parentWidget()) {
            QWidget *stack = w->parentWidget();
            auto *tabs = stack ? qobject_cast<QTabWidget *>(stack->parentWidget()) : nullptr;
            if (tabs && tabs->indexOf(w) >= 0) {
                tabs->setCurrentWidget(w);
                break;
            }
        }
    }
    m_tabs->setCurrentIndex(tab);

    const bool fullScreen = isFullScreen();
    setMenuBar(new QMenuBar(this)); // the old bar (and every action in it) is deleted
    createActions();
    m_fullScreenAction->setChecked(fullScreen);
    updateTitle();
    statusBar()->showMessage(tr("Language changed"), 3000);
}

MainWindow::~MainWindow() = default;

void MainWindow::showWorkspace(int index)
{
    m_tabs->setCurrentIndex(index);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New"), QKeySequence::New, this, &MainWindow::newScenario);
    file->addAction(tr("&Open..."), QKeySequence::Open, this, &MainWindow::open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    updateRecentMenu();
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    QAction *saveAs = file->addAction(tr("Save &as..."), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    // The platform's Save As keys when it has some; Ctrl+Shift+S otherwise (Qt binds none for
    // desktops it does not recognize).
    if (saveAs->shortcuts().isEmpty())
        saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    file->addSeparator();
    file->addAction(tr("&Import usage..."), QKeySequence(tr("Ctrl+I")), this, [this] {
        showWorkspace(2);
        m_advisor->importUsageDialog();
    });
    file->addSeparator();
    file->addAction(tr("&Export chart..."), QKeySequence(tr("Ctrl+E")), this, &MainWindow::exportChart);
    file->addAction(tr("&Copy chart"), QKeySequence(tr("Ctrl+Shift+C")), this, &MainWindow::copyChart);
    file->addAction(tr("&Print chart..."), QKeySequence::Print, this, &MainWindow::printChart);
    file->addSeparator();
    file->addAction(tr("&Update prices..."), this, [this] {
        const QString region = m_doc->value(QStringLiteral("region")).toString(AppSettings::lastRegion());
        UpdatePricesDialog(region, this).exec();
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // Parented to the menu so a rebuilt menu bar (language change) takes them along.
    QAction *undo = m_doc->undoStack()->createUndoAction(edit, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_doc->undoStack()->createRedoAction(edit, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Preferences..."), QKeySequence::Preferences, this, &MainWindow::showPreferences);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Lifecycle lab"), QKeySequence(tr("Ctrl+1")), this, [this] { showWorkspace(0); });
    view->addAction(tr("&Cost comparison"), QKeySequence(tr("Ctrl+2")), this, [this] { showWorkspace(1); });
    view->addAction(tr("&Advisor"), QKeySequence(tr("Ctrl+3")), this, [this] { showWorkspace(2); });
    view->addSeparator();
    m_presenterAction = view->addAction(
        tr("&Presenter mode"), QKeySequence(Qt::Key_F5), this, &MainWindow::setPresenterMode);
    m_presenterAction->setCheckable(true);
    m_presenterAction->setChecked(Theme::presenter());
    m_fullScreenAction = view->addAction(tr("&Full screen"), QKeySequence::FullScreen, this,
        [this](bool on) { on ? showFullScreen() : showNormal(); });
    m_fullScreenAction->setCheckable(true);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ec2lab"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_doc->displayName() + QStringLiteral("[*]"));
    setWindowModified(m_doc->isModified());
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = AppSettings::recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString f = files[i];
        QAction *a
            = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(f).fileName()));
        a->setToolTip(f);
        connect(a, &QAction::triggered, this, [this, f] {
            if (maybeSave())
                openFile(f);
        });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear list"), this, [this] {
        AppSettings::clearRecentFiles();
        updateRecentMenu();
    });
}

bool MainWindow::openFile(const QString &fileName)
{
    QString error;
    if (!m_doc->load(fileName, &error)) {
        QMessageBox::warning(this, tr("Cannot open scenario"), error);
        return false;
    }
    AppSettings::addRecentFile(m_doc->fileName());
    updateRecentMenu();
    statusBar()->showMessage(tr("Opened %1").arg(m_doc->displayName()), 5000);
    return true;
}

void MainWindow::offerRecovery()
{
    if (!ScenarioDocument::hasRecovery())
        return;
    const auto answer = QMessageBox::question(this, tr("Recover unsaved work?"),
        tr("ec2lab did not close normally last time. Recover the scenario you were editing?"),
        QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
    QString error;
    if (answer == QMessageBox::Yes && !m_doc->recover(&error))
        QMessageBox::warning(this, tr("Recovery failed"), error);
    if (answer != QMessageBox::Yes)
        m_doc->discardAutosave();
}

bool MainWindow::maybeSave()
{
    if (!m_doc->isModified())
        return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
        tr("The scenario \"%1\" has unsaved changes. Save them?").arg(m_doc->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool MainWindow::save()
{
    if (m_doc->fileName().isEmpty())
        return saveAs();
    QString error;
    if (!m_doc->save(m_doc->fileName(), &error)) {
        QMessageBox::warning(this, tr("Cannot save"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_doc->displayName()), 5000);
    return true;
}

bool MainWindow::saveAs()
{
    QString name
        = QFileDialog::getSaveFileName(this, tr("Save scenario"), m_doc->fileName(), tr("Scenario (*.json)"));
    if (name.isEmpty())
        return false;
    if (QFileInfo(name).suffix().isEmpty())
        name += QStringLiteral(".json");
    QString error;
    if (!m_doc->save(name, &error)) {
        QMessageBox::warning(this, tr("Cannot save"), error);
        return false;
    }
    AppSettings::addRecentFile(m_doc->fileName());
    updateRecentMenu();
    return true;
}

void MainWindow::newScenario()
{
    if (maybeSave())
        m_doc->newScenario();
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString name = QFileDialog::getOpenFileName(
        this, tr("Open scenario"), QString(), tr("Scenario or lifecycle script (*.json);;All files (*)"));
    if (!name.isEmpty())
        openFile(name);
}

Workspace *MainWindow::currentWorkspace() const
{
    return qobject_cast<Workspace *>(m_tabs->currentWidget());
}

ChartBase *MainWindow::currentChart() const
{
    Workspace *w = currentWorkspace();
    return w ? w->currentChart() : nullptr;
}

void MainWindow::exportChart()
{
    ChartBase *chart = currentChart();
    if (!chart)
        return;
    ExportDialog dialog(chart, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.exportedFile().isEmpty())
        //: Status bar after an export: %1 is the full path of the file written
        statusBar()->showMessage(
            tr("Exported the chart to %1").arg(QDir::toNativeSeparators(dialog.exportedFile())), 10000);
}

void MainWindow::copyChart()
{
    if (ChartBase *chart = currentChart()) {
        ChartExporter::copyToClipboard(chart);
        statusBar()->showMessage(tr("Chart copied to the clipboard (image and CSV)"), 5000);
    }
}

void MainWindow::printChart()
{
    ChartBase *chart = currentChart();
    if (!chart)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        ChartExporter::print(chart, &printer);
}

void MainWindow::showPreferences()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Preferences"));
    auto *form = new QFormLayout(&dialog);
    auto *language = new QComboBox(&dialog);
    language->setAccessibleName(tr("Language"));
    language->addItem(tr("System default"), QString());
    language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    language->setCurrentIndex(qMax(0, language->findData(AppSettings::language())));
    form->addRow(tr("&Language:"), language);
    auto *decimals = new QSpinBox(&dialog);
    decimals->setRange(0, 6);
    decimals->setValue(AppSettings::currencyDecimals());
    decimals->setAccessibleName(tr("Currency decimals"));
    form->addRow(tr("&Decimals shown for USD amounts:"), decimals);
    auto *presenter = new QComboBox(&dialog);
    presenter->addItems({ tr("Off"), tr("On (large fonts, high contrast)") });
    presenter->setCurrentIndex(Theme::presenter() ? 1 : 0);
    presenter->setAccessibleName(tr("Presenter mode"));
    form->addRow(tr("&Presenter mode:"), presenter);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    AppSettings::setCurrencyDecimals(decimals->value());
    setPresenterMode(presenter->currentIndex() == 1);
    m_cost->refreshDisplay();
    m_advisor->refreshDisplay();
    const QString code = language->currentData().toString();
    if (code != AppSettings::language())
        setLanguage(code);
}

void MainWindow::setPresenterMode(bool on)
{
    AppSettings::setPresenterMode(on);
    Theme::apply(on);
    m_presenterAction->setChecked(on);
    m_lab->refreshDisplay();
    m_cost->refreshDisplay();
    m_advisor->refreshDisplay();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ec2lab"),
        tr("<h3>ec2lab %1</h3>"
           "<p>Simulates the Amazon EC2 instance lifecycle and compares what each way of paying "
           "for EC2 would cost.</p>"
           "<p>Prices are estimates from a snapshot of public AWS price lists; taxes excluded. "
           "Not affiliated with Amazon Web Services.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    AppSettings::setWindowGeometry(saveGeometry());
    AppSettings::setWindowState(saveState());
    AppSettings::setLastWorkspace(m_tabs->currentIndex());
    // A deliberate close (saved or discarded) leaves nothing to recover.
    m_doc->discardAutosave();
    event->accept();
}

} // namespace ec2lab::gui
