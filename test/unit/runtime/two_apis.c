/* two_apis.c - a shared object that looks like two models to onnxc-run's
 * symbol search, which must refuse to guess between them. */
const int first_onnxc_api = 1;
const int second_onnxc_api = 2;
