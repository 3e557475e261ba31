"""Nameko service that restores checkpoints sent by the training workers."""
import base64
import io

import torch
from nameko.rpc import rpc
from safetensors.torch import load as load_safetensors


class CheckpointService:
    name = "checkpoints"

    @rpc
    def restore(self, payload_b64):
        buffer = io.BytesIO(base64.b64decode(payload_b64))
        state = torch.load(buffer, weights_only=True)
        return sorted(state.keys())

    @rpc
    def restore_safetensors(self, payload_b64):
        state = load_safetensors(base64.b64decode(payload_b64))
        return sorted(state.keys())
