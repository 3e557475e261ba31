"""Sanity checks run at the start of a PyTorch evaluation job."""
import torch


def check_eval_batch(images, labels):
    assert (images.dim() == 4), "expected NCHW images"
    assert images.shape[0] == labels.shape[0], ("batch size mismatch", images.shape, labels.shape)
    return images.float() / 255.0


def check_confusion(matrix, num_classes):
    assert tuple(matrix.shape) == (num_classes, num_classes)
    assert (
        torch.all(matrix >= 0)
        and matrix.sum().item() > 0
    ), "confusion matrix is empty or negative"
    return matrix.diag().sum().item() / matrix.sum().item()
