#pragma once

#include <QObject>
#include <csignal>
#include <functional>

class QSocketNotifier;

namespace ec2lab::app {

/// Turns Ctrl+C (SIGINT) and SIGTERM into a call on the event loop while it exists, so a long
/// command line operation (`prices refresh`) can stop cleanly: cancel the download, remove its
/// files, leave the catalog as it was, and exit 1 with one error line.
///
/// Contract: the signal handler only writes one byte to a pipe (async-signal-safe); \a onSignal
/// runs on the thread that owns this object, at most once per signal. A second signal while the
/// first is being handled ends the process the default way, so a stuck cancel never traps the
/// user. The previous handlers are restored on destruction. One instance at a time.
class CancelOnSignal : public QObject
{
    Q_OBJECT

public:
    explicit CancelOnSignal(std::function<void()> onSignal, QObject *parent = nullptr);
    ~CancelOnSignal() override;

    /// Whether a signal arrived.
    bool signalled() const { return m_signalled; }

private:
    void onReadable();

    std::function<void()> m_onSignal;
    QSocketNotifier *m_notifier = nullptr;
    struct sigaction m_oldInt
    {
    };
    struct sigaction m_oldTerm
    {
    };
    bool m_installed = false;
    bool m_signalled = false;
};

} // namespace ec2lab::app
