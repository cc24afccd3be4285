// placeholder so the toolchain has a file to check; the decision core replaces it
export {};
