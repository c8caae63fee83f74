// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

namespace milepost {

// Batches handed from a thread that fills them to one that uses them, in order, through a few
// batches that go round: the filler waits while all are full, the user while none is, so memory
// stays that of the few batches however many go through. A batch is swapped, not copied: its
// buffers are reused.
template<typename Batch>
class BatchHandoff final
{
public:
    explicit BatchHandoff(int batches)
    {
        for (int i = 0; i < batches; ++i)
            m_free.push_back(std::make_unique<Batch>());
    }
    BatchHandoff(const BatchHandoff &) = delete;
    BatchHandoff &operator=(const BatchHandoff &) = delete;

    // The filler: hands over filled (count of its items are filled) and takes an empty batch in
    // its place, waiting for one; false once the user has stopped.
    bool give(Batch &filled, std::size_t count)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_free.empty() || m_stopped; });
        if (m_stopped)
            return false;
        std::unique_ptr<Batch> batch = std::move(m_free.back());
        m_free.pop_back();
        std::swap(filled, *batch);
        m_full.push_back({std::move(batch), count});
        lock.unlock();
        m_changed.notify_all();
        return true;
    }

    // The filler: nothing more comes.
    void finish()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_finished = true;
        }
        m_changed.notify_all();
    }

    // The user: the next batch and its count, waiting for it; nullptr once the filler has
    // finished and every batch was taken. The batch is the user's until the next call.
    Batch *take(std::size_t *count)
    {
        std::unique_lock lock(m_mutex);
        if (m_taken) {
            m_free.push_back(std::move(m_taken));
            m_changed.notify_all();
        }
        m_changed.wait(lock, [this] { return !m_full.empty() || m_finished; });
        if (m_full.empty())
            return nullptr;
        m_taken = std::move(m_full.front().first);
        *count = m_full.front().second;
        m_full.pop_front();
        return m_taken.get();
    }

    // The user: takes no more; the filler's next give() returns false.
    void stop()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stopped = true;
        }
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<std::unique_ptr<Batch>> m_free;
    std::deque<std::pair<std::unique_ptr<Batch>, std::size_t>> m_full;
    std::unique_ptr<Batch> m_taken;
    bool m_finished = false;
    bool m_stopped = false;
};

} // namespace milepost
