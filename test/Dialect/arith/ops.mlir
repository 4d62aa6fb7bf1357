// RUN: jit-opt %s | FileCheck %s
// RUN: jit-opt %s | jit-opt | FileCheck %s
// RUN: jit-opt --print-op-generic %s | jit-opt | FileCheck %s

// Every arith op round-trips in pretty and generic form, on scalars, vectors and tensors.
// CHECK-LABEL: func.func @ints
func.func @ints(%a: i32, %b: i32, %v: vector<4xi32>) -> i32 {
  // CHECK: arith.constant 42 : i32
  %c = arith.constant 42 : i32
  // CHECK: arith.constant true
  %t = arith.constant true
  // CHECK: arith.constant -1 : i8
  %m = arith.constant 255 : i8
  // CHECK: arith.constant dense<[1, 2, 3, 4]> : vector<4xi32>
  %cv = arith.constant dense<[1, 2, 3, 4]> : vector<4xi32>
  // CHECK: arith.addi %{{.*}}, %{{.*}} : i32
  %0 = arith.addi %a, %c : i32
  // CHECK: arith.subi
  %1 = arith.subi %0, %b : i32
  // CHECK: arith.muli
  %2 = arith.muli %1, %b : i32
  // CHECK: arith.divsi
  %3 = arith.divsi %2, %b : i32
  // CHECK: arith.divui
  %4 = arith.divui %3, %b : i32
  // CHECK: arith.remsi
  %5 = arith.remsi %4, %b : i32
  // CHECK: arith.remui
  %6 = arith.remui %5, %b : i32
  // CHECK: arith.minsi
  %7 = arith.minsi %6, %b : i32
  // CHECK: arith.maxsi
  %8 = arith.maxsi %7, %b : i32
  // CHECK: arith.minui
  %9 = arith.minui %8, %b : i32
  // CHECK: arith.maxui
  %10 = arith.maxui %9, %b : i32
  // CHECK: arith.andi
  %11 = arith.andi %10, %b : i32
  // CHECK: arith.ori
  %12 = arith.ori %11, %b : i32
  // CHECK: arith.xori
  %13 = arith.xori %12, %b : i32
  // CHECK: arith.addi %{{.*}}, %{{.*}} : vector<4xi32>
  %14 = arith.addi %v, %cv : vector<4xi32>
  // CHECK: arith.cmpi slt, %{{.*}}, %{{.*}} : i32
  %15 = arith.cmpi slt, %13, %b : i32
  // CHECK: arith.cmpi uge, %{{.*}}, %{{.*}} : vector<4xi32>
  %16 = arith.cmpi uge, %v, %cv : vector<4xi32>
  // CHECK: arith.select %{{.*}}, %{{.*}}, %{{.*}} : i32
  %17 = arith.select %15, %13, %b : i32
  // CHECK: arith.select %{{.*}}, %{{.*}}, %{{.*}} : vector<4xi1>, vector<4xi32>
  %18 = arith.select %16, %v, %cv : vector<4xi1>, vector<4xi32>
  return %17 : i32
}

// CHECK-LABEL: func.func @floats
func.func @floats(%x: f32, %y: f32, %t: tensor<Nxf32>) -> f32 {
  // CHECK: arith.addf
  %0 = arith.addf %x, %y : f32
  // CHECK: arith.subf
  %1 = arith.subf %0, %y : f32
  // CHECK: arith.mulf
  %2 = arith.mulf %1, %y : f32
  // CHECK: arith.divf
  %3 = arith.divf %2, %y : f32
  // CHECK: arith.remf
  %4 = arith.remf %3, %y : f32
  // CHECK: arith.minimumf
  %5 = arith.minimumf %4, %y : f32
  // CHECK: arith.maximumf
  %6 = arith.maximumf %5, %y : f32
  // CHECK: arith.negf %{{.*}} : f32
  %7 = arith.negf %6 : f32
  // CHECK: arith.cmpf olt, %{{.*}}, %{{.*}} : f32
  %8 = arith.cmpf olt, %7, %y : f32
  // CHECK: arith.cmpf uno, %{{.*}}, %{{.*}} : tensor<Nxf32>
  %9 = arith.cmpf uno, %t, %t : tensor<Nxf32>
  // CHECK: arith.mulf %{{.*}}, %{{.*}} : tensor<Nxf32>
  %10 = arith.mulf %t, %t : tensor<Nxf32>
  return %7 : f32
}

// CHECK-LABEL: func.func @casts
func.func @casts(%i: i32, %f: f32, %h: f16, %n: index, %v: vector<4xi32>) {
  // CHECK: arith.sitofp %{{.*}} : i32 to f32
  %0 = arith.sitofp %i : i32 to f32
  // CHECK: arith.uitofp %{{.*}} : i32 to f64
  %1 = arith.uitofp %i : i32 to f64
  // CHECK: arith.fptosi %{{.*}} : f32 to i64
  %2 = arith.fptosi %f : f32 to i64
  // CHECK: arith.fptoui %{{.*}} : f32 to i8
  %3 = arith.fptoui %f : f32 to i8
  // CHECK: arith.extf %{{.*}} : f16 to f32
  %4 = arith.extf %h : f16 to f32
  // CHECK: arith.truncf %{{.*}} : f32 to bf16
  %5 = arith.truncf %f : f32 to bf16
  // CHECK: arith.extsi %{{.*}} : i32 to i64
  %6 = arith.extsi %i : i32 to i64
  // CHECK: arith.extui %{{.*}} : i32 to i64
  %7 = arith.extui %i : i32 to i64
  // CHECK: arith.trunci %{{.*}} : i32 to i16
  %8 = arith.trunci %i : i32 to i16
  // CHECK: arith.index_cast %{{.*}} : index to i32
  %9 = arith.index_cast %n : index to i32
  // CHECK: arith.bitcast %{{.*}} : f32 to i32
  %10 = arith.bitcast %f : f32 to i32
  // CHECK: arith.sitofp %{{.*}} : vector<4xi32> to vector<4xf32>
  %11 = arith.sitofp %v : vector<4xi32> to vector<4xf32>
  return
}
