#pragma once

#include "cost/costworkspace.h"
#include "cost/summarymodel.h"

#include <QString>

/// Shared by the GUI tests that read the cost workspace: the On-Demand total of its summary table
/// once the running computation has finished, or a message saying why there is none.
inline QString onDemandTotal(ec2lab::gui::CostWorkspace *w)
{
    using ec2lab::gui::SummaryModel;
    w->waitForResults();
    SummaryModel *m = w->summary();
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, SummaryModel::Option).data().toString() == u"On-Demand")
            return m->index(r, SummaryModel::Total).data().toString();
    return QStringLiteral("no On-Demand row; problems: ") + w->lastResult().problems.join(u'|');
}
