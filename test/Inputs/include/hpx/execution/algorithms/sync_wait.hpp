// Mirrors hpx/execution/algorithms/sync_wait.hpp (hpx::execution::experimental::sync_wait and the hpx::this_thread::experimental alias). Declaration-shape mock for async-tidy tests, not the library.
#pragma once

#include <hpx/config.hpp>

#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>

namespace hpx::execution::experimental {

    namespace detail {
        template <typename... Ts>
        struct types
        {
        };

        /// Every sender in this mock completes with set_value(Values...).
        template <typename Tag, typename... Values>
        struct sender
        {
            using is_sender = void;
            using values_t = types<Values...>;

            template <template <typename...> class Tuple,
                template <typename...> class Variant>
            using value_types = Variant<Tuple<Values...>>;
        };

        template <typename Tag, typename List>
        struct sender_from;
        template <typename Tag, typename... Values>
        struct sender_from<Tag, types<Values...>>
        {
            using type = sender<Tag, Values...>;
        };

        template <typename Sender>
        using values_of_t = typename std::decay_t<Sender>::values_t;

        template <typename List>
        struct to_tuple;
        template <typename... Values>
        struct to_tuple<types<Values...>>
        {
            using type = std::tuple<Values...>;
        };

        template <typename F, typename List>
        struct invoke_values;
        template <typename F, typename... Values>
        struct invoke_values<F, types<Values...>>
        {
            using R = std::invoke_result_t<F, Values...>;
            using type = std::conditional_t<std::is_void_v<R>, types<>,
                types<std::decay_t<R>>>;
        };
    }    // namespace detail

    /// Blocks the calling thread until the sender completes.
    inline constexpr struct sync_wait_t final
    {
        template <typename Sender>
        auto operator()(Sender&&) const -> std::optional<
            typename detail::to_tuple<detail::values_of_t<Sender>>::type>
        {
            return std::nullopt;
        }
    } sync_wait{};

    inline constexpr struct sync_wait_with_variant_t final
    {
        template <typename Sender>
        auto operator()(Sender&&) const -> std::optional<std::tuple<>>
        {
            return std::nullopt;
        }
    } sync_wait_with_variant{};
}    // namespace hpx::execution::experimental

namespace hpx::this_thread::experimental {

    using hpx::execution::experimental::sync_wait;
    using hpx::execution::experimental::sync_wait_t;

    using hpx::execution::experimental::sync_wait_with_variant;
    using hpx::execution::experimental::sync_wait_with_variant_t;
}    // namespace hpx::this_thread::experimental
