#include "cli/commandline.h"
#include "gui/export/exportcommand.h"
#include "gui/gui.h"

#include <QString>

// main() only chooses the layer: the headless dispatcher (ec2lab_cli) handles --help, --version,
// simulate, cost and prices; `export` and the desktop app need the GUI libraries (ec2lab_gui).
int main(int argc, char *argv[])
{
    using namespace ec2lab;
    app::GuiRequest request = app::GuiRequest::None;
    const int status = app::run(argc, argv, &request);
    switch (request) {
    case app::GuiRequest::None:
        return status;
    case app::GuiRequest::Export:
        return app::checkStandardOutput(gui::runExportMain(argc, argv));
    case app::GuiRequest::DesktopApp:
        break;
    }
    return gui::runGui(argc, argv, argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString());
}
