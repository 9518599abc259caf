"""The seven IKU indicators: catalogue (data), computation (pure), capaian."""
