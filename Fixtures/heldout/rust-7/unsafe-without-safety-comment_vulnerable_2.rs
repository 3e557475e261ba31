//! JNI entry points of the Android app's native spell-checker.
use jni::objects::{JClass, JIntArray, JString, ReleaseMode};
use jni::sys::{jint, jlong};
use jni::JNIEnv;

pub struct Checker {
    words: Vec<String>,
}

#[no_mangle]
pub extern "system" fn Java_com_example_spell_Native_create(_env: JNIEnv, _class: JClass) -> jlong {
    Box::into_raw(Box::new(Checker { words: Vec::new() })) as jlong
}

#[no_mangle]
pub extern "system" fn Java_com_example_spell_Native_addWord(
    mut env: JNIEnv,
    _class: JClass,
    handle: jlong,
    word: JString,
) {
    let checker = unsafe { &mut *(handle as *mut Checker) }; // expect: unsafe-without-safety-comment
    if let Ok(w) = env.get_string(&word) {
        checker.words.push(w.into());
    }
}

#[no_mangle]
pub extern "system" fn Java_com_example_spell_Native_sumLengths(
    mut env: JNIEnv,
    _class: JClass,
    lengths: JIntArray,
) -> jint {
    let elems = unsafe { env.get_array_elements(&lengths, ReleaseMode::NoCopyBack) }; // expect: unsafe-without-safety-comment
    match elems {
        Ok(e) => e.iter().sum(),
        Err(_) => -1,
    }
}

#[no_mangle]
pub extern "system" fn Java_com_example_spell_Native_destroy(_env: JNIEnv, _class: JClass, handle: jlong) {
    if handle != 0 {
        drop(unsafe { Box::from_raw(handle as *mut Checker) }); // expect: unsafe-without-safety-comment
    }
}
