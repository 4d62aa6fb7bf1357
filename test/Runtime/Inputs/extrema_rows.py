# Rows for reduce-max-min-vector-nan-zero.mlir: writes ARGV[1] (6x200 f32) and ARGV[1] with
# .bin replaced by .zero.bin (6 zeros, the result buffers).
import struct
import sys

nan, inf = float("nan"), float("inf")
rows = []
r = [((k * 37) % 101 - 50) / 7.0 for k in range(200)]
r[150] = nan
rows.append(r)
r = [-0.0] * 200
r[177] = 0.0
rows.append(r)
rows.append([-0.0] * 200)
r = [0.0] * 200
r[3] = -0.0
rows.append(r)
r = [-1e30] * 200
r[199] = inf
rows.append(r)
r = [float(k) for k in range(200)]
r[197] = nan
rows.append(r)
out = sys.argv[1]
with open(out, "wb") as f:
    for r in rows:
        f.write(struct.pack("<200f", *r))
with open(out.replace(".bin", ".zero.bin"), "wb") as f:
    f.write(struct.pack("<6f", *([0.0] * 6)))
