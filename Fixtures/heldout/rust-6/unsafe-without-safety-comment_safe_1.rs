use pyo3::prelude::*;
use pyo3::buffer::PyBuffer;

/// Sums a contiguous float64 buffer passed from NumPy without copying it.
#[pyfunction]
fn fast_sum(buf: PyBuffer<f64>) -> PyResult<f64> {
    if !buf.is_c_contiguous() {
        return Err(pyo3::exceptions::PyValueError::new_err("buffer must be C-contiguous"));
    }
    // SAFETY: the buffer is C-contiguous, holds item_count() f64 values and stays alive
    // (and exported) for as long as `buf` is borrowed here.
    let data = unsafe { std::slice::from_raw_parts(buf.buf_ptr() as *const f64, buf.item_count()) };
    Ok(data.iter().sum())
}

/// Decodes a label; invalid bytes are replaced rather than trusted.
#[pyfunction]
fn label(bytes: Vec<u8>) -> String {
    String::from_utf8_lossy(&bytes).into_owned()
}

#[pyfunction]
fn scale_in_place(buf: PyBuffer<f64>, factor: f64) -> PyResult<()> {
    if buf.readonly() || !buf.is_c_contiguous() {
        return Err(pyo3::exceptions::PyValueError::new_err("need a writable contiguous buffer"));
    }
    // SAFETY: writable, contiguous, item_count() elements; the GIL is held so no other
    // Python code can touch the buffer while the slice exists.
    let data = unsafe { std::slice::from_raw_parts_mut(buf.buf_ptr() as *mut f64, buf.item_count()) };
    for x in data.iter_mut() {
        *x *= factor;
    }
    Ok(())
}

#[pymodule]
fn fastmath(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(fast_sum, m)?)?;
    m.add_function(wrap_pyfunction!(label, m)?)?;
    m.add_function(wrap_pyfunction!(scale_in_place, m)?)?;
    Ok(())
}
