#!/usr/bin/env python3
"""Writes a generic-form module of N unregistered ops: chains of "test.op" with attributes,
every 50th op holding a region with a short chain of its own (so the file has nesting, block
arguments, multi-result groups and varied attributes, like real IR)."""
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
out = sys.stdout
w = out.write
w('"builtin.module"() ({\n')
w('  "test.func"() ({\n')
w('  ^bb0(%arg0: tensor<4x8xf32>, %arg1: i64):\n')
count = 2  # module and func
v = 0
prev = "%arg0"
while count < n:
    if v % 50 == 49:
        # A region-holding op with 8 ops inside (counted).
        w(f'    %{v} = "test.region"({prev}) ({{\n')
        w(f'    ^bb0(%r{v}: tensor<4x8xf32>):\n')
        inner = f"%r{v}"
        for k in range(7):
            w(f'      %i{v}_{k} = "test.inner"({inner}) {{k = {k} : i32}} : (tensor<4x8xf32>) -> tensor<4x8xf32>\n')
            inner = f"%i{v}_{k}"
        w(f'      "test.yield"({inner}) : (tensor<4x8xf32>) -> ()\n')
        w(f'    }}) {{tag = "r{v}"}} : (tensor<4x8xf32>) -> tensor<4x8xf32>\n')
        count += 9
    elif v % 10 == 3:
        w(f'    %{v}:2 = "test.pair"({prev}, %arg1) <{{axis = {v % 4} : i64}}> : (tensor<4x8xf32>, i64) -> (tensor<4x8xf32>, i64)\n')
        count += 1
    else:
        w(f'    %{v} = "test.op"({prev}) {{alpha = {v % 7}.5 : f32, dims = array<i64: 1, {v % 5}>, name = "op{v % 13}"}} : (tensor<4x8xf32>) -> tensor<4x8xf32>\n')
        count += 1
    prev = f"%{v}" if v % 10 != 3 else f"%{v}#0"
    v += 1
w(f'    "test.return"({prev}) : (tensor<4x8xf32>) -> ()\n')
w('  }) : () -> ()\n')
w('}) : () -> ()\n')
