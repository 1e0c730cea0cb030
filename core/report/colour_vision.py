"""How far apart two colours look, to people with normal and with deficient colour vision.

The legend's colours must stay apart for every reader, so the test of the legend checks them
here: each colour is simulated as a protanope, a deuteranope and a tritanope would see it
(Machado, Oliveira and Fernandes, "A Physiologically-based Model for Simulation of Color
Vision Deficiency", IEEE TVCG 15(6), 2009: their matrices for severity 1.0, applied to linear
sRGB), and the distance between two colours is CIEDE2000's ΔE in CIELAB (D65). As a rule of
thumb, a ΔE below 2 is barely seen side by side, and one above 10 reads as another colour.
"""

from __future__ import annotations

import enum
import math

Matrix = tuple[tuple[float, float, float], tuple[float, float, float],
               tuple[float, float, float]]
Triple = tuple[float, float, float]


class Vision(enum.Enum):
    """Normal colour vision, and the three dichromacies Machado et al. simulate."""

    NORMAL = "normal"
    PROTANOPIA = "protanopia"
    DEUTERANOPIA = "deuteranopia"
    TRITANOPIA = "tritanopia"


_MACHADO: dict[Vision, Matrix] = {
    Vision.NORMAL: ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0)),
    Vision.PROTANOPIA: ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                        (-0.003882, -0.048116, 1.051998)),
    Vision.DEUTERANOPIA: ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                          (-0.011820, 0.042940, 0.968881)),
    Vision.TRITANOPIA: ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                        (0.004733, 0.691367, 0.303900)),
}

# linear sRGB -> CIE XYZ (D65), and the D65 white point
_TO_XYZ: Matrix = ((0.4124564, 0.3575761, 0.1804375), (0.2126729, 0.7151522, 0.0721750),
                   (0.0193339, 0.1191920, 0.9503041))
_WHITE = (0.95047, 1.0, 1.08883)


def _linear(hex_colour: str) -> Triple:
    """``#rrggbb`` as linear sRGB components in [0, 1]."""
    digits = hex_colour.lstrip("#")
    if len(digits) != 6:
        raise ValueError(f"not a #rrggbb colour: {hex_colour!r}")
    channels = [int(digits[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return r, g, b


def _apply(matrix: Matrix, vector: Triple) -> Triple:
    x, y, z = (sum(m * v for m, v in zip(row, vector, strict=True)) for row in matrix)
    return x, y, z


def simulated_lab(hex_colour: str, vision: Vision = Vision.NORMAL) -> Triple:
    """CIELAB (L*, a*, b*) of ``hex_colour`` as a reader with ``vision`` sees it."""
    r, g, b = _apply(_MACHADO[vision], _linear(hex_colour))
    clipped = (min(1.0, max(0.0, r)), min(1.0, max(0.0, g)), min(1.0, max(0.0, b)))
    x, y, z = (value / white for value, white in zip(_apply(_TO_XYZ, clipped), _WHITE,
                                                      strict=True))

    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def distance(first: str, second: str, vision: Vision = Vision.NORMAL) -> float:
    """CIEDE2000 ΔE between two ``#rrggbb`` colours as seen with ``vision``."""
    return delta_e_2000(simulated_lab(first, vision), simulated_lab(second, vision))


def worst_distance(first: str, second: str) -> tuple[float, Vision]:
    """The smallest ΔE between two colours over all the visions, and that vision."""
    return min(((distance(first, second, vision), vision) for vision in Vision),
               key=lambda found: found[0])


def delta_e_2000(lab1: Triple, lab2: Triple) -> float:
    """CIEDE2000 colour difference (Sharma, Wu and Dalal's formulation, kL = kC = kH = 1)."""
    l1, a1, b1 = lab1
    l2, a2, b2 = lab2
    c_mean = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_mean ** 7 / (c_mean ** 7 + 25 ** 7)))
    a1p, a2p = a1 * (1 + g), a2 * (1 + g)
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360
    h2p = math.degrees(math.atan2(b2, a2p)) % 360
    dlp, dcp = l2 - l1, c2p - c1p
    dhp = 0.0 if c1p * c2p == 0 else ((h2p - h1p + 180) % 360) - 180
    dhp_big = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dhp / 2))
    lp_mean, cp_mean = (l1 + l2) / 2, (c1p + c2p) / 2
    hp_mean = _mean_hue(h1p, h2p, c1p * c2p)
    t = (1 - 0.17 * math.cos(math.radians(hp_mean - 30))
         + 0.24 * math.cos(math.radians(2 * hp_mean))
         + 0.32 * math.cos(math.radians(3 * hp_mean + 6))
         - 0.20 * math.cos(math.radians(4 * hp_mean - 63)))
    s_l = 1 + 0.015 * (lp_mean - 50) ** 2 / math.sqrt(20 + (lp_mean - 50) ** 2)
    s_c = 1 + 0.045 * cp_mean
    s_h = 1 + 0.015 * cp_mean * t
    r_t = (-2 * math.sqrt(cp_mean ** 7 / (cp_mean ** 7 + 25 ** 7))
           * math.sin(math.radians(60 * math.exp(-(((hp_mean - 275) / 25) ** 2)))))
    return math.sqrt((dlp / s_l) ** 2 + (dcp / s_c) ** 2 + (dhp_big / s_h) ** 2
                     + r_t * (dcp / s_c) * (dhp_big / s_h))


def _mean_hue(h1: float, h2: float, chroma_product: float) -> float:
    if chroma_product == 0:
        return h1 + h2
    if abs(h1 - h2) <= 180:
        return (h1 + h2) / 2
    return (h1 + h2 + 360) / 2 if h1 + h2 < 360 else (h1 + h2 - 360) / 2
