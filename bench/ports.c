// Which AVX-512 instructions share the FMA pipes on this CPU: each line times a loop of 8
// independent 512-bit FMAs plus K copies of one other instruction (independent too) and
// prints the cycles per iteration next to the FMAs' alone. An instruction that runs beside
// the FMAs leaves the figure at ~8 cycles; one that needs the FMA pipes adds its own. Why:
// llvm-mca's znver4 model puts min/max, shifts and broadcasts on the FMA pipes, where Zen 4
// runs them beside the FMAs, and what the vector math spends is decided by these numbers.
// Usage: cc -O2 -mavx512f -mavx512dq bench/ports.c -o ports && taskset -c 0 ./ports
// Cycles assume the 8 FMAs alone take 8 (one 512-bit FMA a cycle, as on Zen 4 and on Intel
// cores with one 512-bit FMA unit; where there are two, read the column as half-cycles).
#include <stdint.h>
#include <stdio.h>
#include <x86intrin.h>

#if !defined(__AVX512F__) || !defined(__AVX512DQ__)
int main(void) {
    puts("ports: needs AVX-512F and AVX-512DQ (build with -mavx512f -mavx512dq on such a CPU)");
    return 0;
}
#else
#define N 2000000
static float cst[16] __attribute__((aligned(64))) = {1};
#define FMA8                                                                                     \
    "vfmadd231ps %%zmm1,%%zmm2,%%zmm10\n vfmadd231ps %%zmm1,%%zmm2,%%zmm11\n"                    \
    "vfmadd231ps %%zmm1,%%zmm2,%%zmm12\n vfmadd231ps %%zmm1,%%zmm2,%%zmm13\n"                    \
    "vfmadd231ps %%zmm1,%%zmm2,%%zmm14\n vfmadd231ps %%zmm1,%%zmm2,%%zmm15\n"                    \
    "vfmadd231ps %%zmm1,%%zmm2,%%zmm16\n vfmadd231ps %%zmm1,%%zmm2,%%zmm17\n"
#define X4(x) x x x x

// Ticks of the time-stamp counter per iteration, the fastest of 5 runs.
#define TICKS(body)                                                                              \
    ({                                                                                           \
        uint64_t best = UINT64_MAX;                                                              \
        for (int r = 0; r < 5; r++) {                                                            \
            uint64_t t0 = __rdtsc();                                                             \
            for (long i = 0; i < N; i++) __asm__ volatile(body ::"r"(cst) : "memory");           \
            uint64_t t = __rdtsc() - t0;                                                         \
            if (t < best) best = t;                                                              \
        }                                                                                        \
        (double)best / N;                                                                        \
    })

static double base;
#define ROW(name, body)                                                                          \
    printf("%-34s %5.1f cycles\n", name, TICKS(FMA8 body) * 8.0 / base)

int main(void) {
    base = TICKS(FMA8);
    printf("%-34s %5.1f cycles\n", "8 fma", 8.0);
    ROW("+ 4 vaddps", X4("vaddps %%zmm3,%%zmm4,%%zmm20\n"));
    ROW("+ 8 vaddps", X4("vaddps %%zmm3,%%zmm4,%%zmm20\n vaddps %%zmm3,%%zmm5,%%zmm21\n"));
    ROW("+ 4 vmulps", X4("vmulps %%zmm3,%%zmm4,%%zmm20\n"));
    ROW("+ 4 vminps", X4("vminps %%zmm3,%%zmm4,%%zmm20\n"));
    ROW("+ 4 vmaxps", X4("vmaxps %%zmm3,%%zmm4,%%zmm20\n"));
    ROW("+ 4 vrangeps (max)", X4("vrangeps $5,%%zmm3,%%zmm4,%%zmm20\n"));
    ROW("+ 4 vandps", X4("vandps %%zmm3,%%zmm4,%%zmm20\n"));
    ROW("+ 4 vpternlogd", X4("vpternlogd $0xf8,%%zmm3,%%zmm4,%%zmm20\n"));
    ROW("+ 4 vpaddd", X4("vpaddd %%zmm3,%%zmm4,%%zmm20\n"));
    ROW("+ 4 vpslld", X4("vpslld $23,%%zmm3,%%zmm20\n"));
    ROW("+ 4 vpmaxud", X4("vpmaxud %%zmm3,%%zmm4,%%zmm20\n"));
    ROW("+ 4 vcvtdq2ps", X4("vcvtdq2ps %%zmm3,%%zmm20\n"));
    ROW("+ 4 vscalefps", X4("vscalefps %%zmm3,%%zmm4,%%zmm20\n"));
    ROW("+ 8 vscalefps", X4("vscalefps %%zmm3,%%zmm4,%%zmm20\n vscalefps %%zmm3,%%zmm5,%%zmm21\n"));
    ROW("+ 4 vbroadcastss (memory)", X4("vbroadcastss (%0),%%zmm20\n"));
    ROW("+ 4 vblendmps", X4("vblendmps %%zmm3,%%zmm4,%%zmm20%{%%k2%}\n"));
    ROW("+ 4 vpermps", X4("vpermps %%zmm3,%%zmm4,%%zmm20\n"));
    ROW("+ 4 vcmpltps (to a mask)", X4("vcmpltps %%zmm3,%%zmm4,%%k1\n"));
    ROW("+ 4 vpmovd2m", X4("vpmovd2m %%zmm3,%%k3\n"));
    ROW("+ 1 vdivps", "vdivps %%zmm3,%%zmm4,%%zmm20\n");
    ROW("+ 2 vdivps", "vdivps %%zmm3,%%zmm4,%%zmm20\n vdivps %%zmm3,%%zmm4,%%zmm21\n");
    return 0;
}
#endif
