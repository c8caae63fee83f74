// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractProxyModel>
#include <QModelIndex>

namespace milepost {

// The index of the model at the bottom of a chain of proxies (the PlanTreeModel behind the
// outline's filter), for actions that read the model's roles.
class SourceIndex final
{
public:
    static QModelIndex of(QModelIndex index)
    {
        while (index.isValid()) {
            const auto *proxy = qobject_cast<const QAbstractProxyModel *>(index.model());
            if (!proxy)
                break;
            index = proxy->mapToSource(index);
        }
        return index;
    }
};

} // namespace milepost
