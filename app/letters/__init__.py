"""Cover letters: planned from the fit report, phrased by the model, checked sentence by sentence."""
