"""Sanity checks run at the start of a PyTorch training job."""
import torch


def check_batch(images, labels, num_classes):
    assert (images.dim() == 4, "expected NCHW images")  # expect: assert-on-tuple
    assert images.shape[0] == labels.shape[0], "batch size mismatch"
    assert (labels.max().item(), num_classes)  # expect: assert-on-tuple
    return images.float() / 255.0


def check_model_output(model, sample, num_classes):
    model.eval()
    with torch.no_grad():
        logits = model(sample)
    expected = (sample.shape[0], num_classes)
    assert tuple(logits.shape) == expected, f"got {tuple(logits.shape)}"
    return logits
