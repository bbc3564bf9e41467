#include "inputerror.h"

namespace ec2lab {

QString InputError::toString() const
{
    QString out;
    if (!file.isEmpty())
        out += file + u": ";
    if (!location.isEmpty())
        out += location + u": ";
    out += message;
    return out;
}

} // namespace ec2lab
