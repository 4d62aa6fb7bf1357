# Prints deeply nested MLIR: regions (mode "regions") or attributes (mode "attrs").
import sys
mode, n = sys.argv[1], int(sys.argv[2])
if mode == "regions":
    print('"test.op"() ({\n' * n + '"test.leaf"() : () -> ()\n' + '}) : () -> ()\n' * n, end="")
elif mode == "attrs":
    print('"test.op"() {a = ' + "[" * n + "1" + "]" * n + "} : () -> ()")
