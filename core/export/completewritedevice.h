// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>

class QFileDevice;

namespace milepost {

// Writes everything it is given to a file device, or fails with the system's reason.
//
// QFile reports a write that stopped part-way (the disk filled up after some of the bytes)
// as a short count with no error at all, and a caller that checks the count can only say
// "Unknown error". This device writes the rest again, which makes the system say why it
// cannot ("No space left on device"), and passes that reason on.
class CompleteWriteDevice final : public QIODevice
{
public:
    // target must be open for writing and outlive this device.
    explicit CompleteWriteDevice(QFileDevice *target);

    bool isSequential() const override { return true; }
    // Whether a write failed; every later write fails too, so that a writer that does not
    // check its writes (QPdfWriter) still leaves the failure for the commit to see.
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char *data, qint64 maxLength) override;
    qint64 writeData(const char *data, qint64 length) override;

private:
    QFileDevice *m_target = nullptr;
    bool m_failed = false;
};

} // namespace milepost
