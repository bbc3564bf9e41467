#pragma once

#include <QtGlobal>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace ec2lab::catalog::importer {

/// Maps short byte strings (SKUs, "SKU.OfferTermCode" keys) to an int, with open addressing and
/// every key copied into one arena.
///
/// Contract: no allocation per key and no destructor work per key, which matters at 100,000
/// SKUs per offer file; find() returns nullptr for absent keys; insert() takes a key not yet there.
class KeyTable
{
public:
    KeyTable() { m_slots.resize(1024); }

    static quint64 hashOf(std::string_view key) { return std::hash<std::string_view> {}(key); }

    int *find(std::string_view key, quint64 hash)
    {
        const size_t mask = m_slots.size() - 1;
        for (size_t i = size_t(hash) & mask;; i = (i + 1) & mask) {
            Slot &s = m_slots[i];
            if (!s.used)
                return nullptr;
            if (s.hash == hash && s.size == key.size()
                && std::memcmp(m_keys.data() + s.offset, key.data(), key.size()) == 0)
                return &s.value;
        }
    }

    void insert(std::string_view key, quint64 hash, int value)
    {
        if (2 * (m_count + 1) > m_slots.size())
            grow();
        place(Slot { hash, m_keys.size(), key.size(), value, true });
        m_keys.append(key);
        ++m_count;
    }

private:
    /// One key (as a range of the arena), its hash and its value.
    struct Slot
    {
        quint64 hash = 0;
        size_t offset = 0;
        size_t size = 0;
        int value = 0;
        bool used = false;
    };

    void place(const Slot &slot)
    {
        const size_t mask = m_slots.size() - 1;
        size_t i = size_t(slot.hash) & mask;
        while (m_slots[i].used)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }

    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        for (const Slot &s : old) {
            if (s.used)
                place(s);
        }
    }

    std::vector<Slot> m_slots; ///< a power of two, at most half full
    std::string m_keys;
    size_t m_count = 0;
};

} // namespace ec2lab::catalog::importer
