//! One sort for the engine's and the app's short lists (clock stops, a form's errors).
//!
//! The standard library's sorts are generic: each element type sorted brings its own
//! copy of their quicksort and small-sort code into the page's Wasm. One heapsort is
//! small whatever it sorts, and stays O(n log n)
//! whatever a JSON request holds: thousands of clock stops still sort in milliseconds,
//! where an insertion sort would take seconds.

/// Sorts `items` by `key`, smallest first. Not stable: items with equal keys may come
/// in any order.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    let len = items.len();
    // A max-heap of the whole slice; then, again and again, its largest item goes to the
    // end of the heap, and the heap shrinks by one.
    for root in (0..len / 2).rev() {
        sift_down(items, root, len, &key);
    }
    for end in (1..len).rev() {
        items.swap(0, end);
        sift_down(items, 0, end, &key);
    }
}

/// Moves `items[root]` down the heap `items[..end]` until no child of it is larger.
fn sift_down<T, K: Ord>(items: &mut [T], mut root: usize, end: usize, key: &impl Fn(&T) -> K) {
    loop {
        let mut child = 2 * root + 1;
        if child >= end {
            return;
        }
        if child + 1 < end && key(&items[child]) < key(&items[child + 1]) {
            child += 1;
        }
        if key(&items[root]) >= key(&items[child]) {
            return;
        }
        items.swap(root, child);
        root = child;
    }
}

#[cfg(test)]
mod tests {
    use super::sort_by_key;

    #[test]
    fn sorts_short_lists() {
        let cases: [&[i32]; 6] = [&[], &[1], &[2, 1], &[1, 2, 3], &[3, 1, 2, 3, 0, -1], &[5, 5, 5, 1, 5]];
        for case in cases {
            let mut got = case.to_vec();
            sort_by_key(&mut got, |x| *x);
            let mut want = case.to_vec();
            want.sort_unstable();
            assert_eq!(got, want, "{case:?}");
        }
    }

    #[test]
    fn sorts_by_the_key_only() {
        let mut pairs = vec![(3, 'c'), (1, 'a'), (2, 'b')];
        sort_by_key(&mut pairs, |(n, _)| *n);
        assert_eq!(pairs, [(1, 'a'), (2, 'b'), (3, 'c')]);
        sort_by_key(&mut pairs, |(n, _)| -*n);
        assert_eq!(pairs, [(3, 'c'), (2, 'b'), (1, 'a')]);
    }
}
