# Inputs of division-by-row-value-exact.mlir: ARGV[1] with .bin replaced by .x.bin (6x40
# f32), .d.bin (6 divisors) and .out.bin (6x40 zeros, the result buffer).
import struct
import sys

nan, inf = float("nan"), float("inf")
base = [(k * 7919 % 1000 - 500) / 37.0 for k in range(40)]
base[5], base[6] = 0.0, -0.0
rows = [list(base), list(base)]
r = list(base)
r[33] = 1e-40
rows.append(r)
r = list(base)
r[2], r[38] = inf, nan
rows.append(r)
rows.append(list(base))
rows.append([v * 1e-8 for v in base])
divisors = [3.0, -7.0, 3.0, 3.0, 0.0, 1e30]
stem = sys.argv[1][: -len(".bin")]
with open(stem + ".x.bin", "wb") as f:
    for r in rows:
        f.write(struct.pack("<40f", *r))
with open(stem + ".d.bin", "wb") as f:
    f.write(struct.pack("<6f", *divisors))
with open(stem + ".out.bin", "wb") as f:
    f.write(bytes(6 * 40 * 4))
