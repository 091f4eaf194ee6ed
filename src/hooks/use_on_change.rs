use yew::prelude::*;

/// Call `f(value)` after a render in which `value` differs from the previous render's —
/// not on the first render (unlike `use_effect_with`, which would replay the initial value
/// over anything that happened in between).
#[hook]
pub fn use_on_change<T, F>(value: T, f: F)
where
    T: PartialEq + Clone + 'static,
    F: FnOnce(T) + 'static,
{
    let last = use_mut_ref(|| value.clone());
    use_effect_with(value, move |value| {
        if *last.borrow() != *value {
            *last.borrow_mut() = value.clone();
            f(value.clone());
        }
    });
}
