// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace milepost {

// A value a source may leave empty or mark "not applicable" with a code of its own, such as
// a phase's planned end "PNS" (project not started) in the NYC capital export. The code is
// kept as written, so that nothing the source said is lost.
template<typename T>
class Applicable final
{
public:
    enum class State { Missing, Known, NotApplicable };

    Applicable() = default;
    static Applicable known(const T &value)
    {
        Applicable result;
        result.m_state = State::Known;
        result.m_value = value;
        return result;
    }
    static Applicable notApplicable(const QString &code)
    {
        Applicable result;
        result.m_state = State::NotApplicable;
        result.m_code = code;
        return result;
    }

    State state() const { return m_state; }
    bool isKnown() const { return m_state == State::Known; }
    bool isNotApplicable() const { return m_state == State::NotApplicable; }
    bool isMissing() const { return m_state == State::Missing; }
    const T &value() const { return m_value; } // a default T unless isKnown()
    const QString &code() const { return m_code; } // empty unless isNotApplicable()

    friend bool operator==(const Applicable &, const Applicable &) = default;

private:
    State m_state = State::Missing;
    T m_value{};
    QString m_code;
};

} // namespace milepost
