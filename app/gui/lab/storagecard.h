#pragma once

#include "lifecycle/lifecyclerecords.h"

#include <QGroupBox>

class QLabel;

namespace ec2lab::gui {

/// Lists one instance's volumes: EBS (size, type, DeleteOnTermination, cost so far, deleted or
/// detached) and instance store (whether its data survived).
///
/// Contract: shows exactly the engine's VolumeRecords of the selected instance at the clock.
class StorageCard : public QGroupBox
{
    Q_OBJECT
public:
    explicit StorageCard(QWidget *parent = nullptr);
    void setStatus(const InstanceStatus *status);
    QString text() const;

private:
    QLabel *m_label = nullptr;
};

} // namespace ec2lab::gui
