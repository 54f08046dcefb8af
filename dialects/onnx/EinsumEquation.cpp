//===- EinsumEquation.cpp - Einsum's equation, parsed ---------------------===//

#include "dialects/onnx/EinsumEquation.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

#include <map>
#include <optional>

using namespace llvm;

namespace onnxc::onnx {

namespace {
/// One term of the equation: its letters before and after the ellipsis.
struct Term {
  std::string before, after;
  bool hasEllipsis = false;
};
} // namespace

static std::optional<Term> parseTerm(StringRef text, std::string &error) {
  Term term;
  size_t dots = text.find("...");
  if (dots != StringRef::npos) {
    term.hasEllipsis = true;
    term.before = text.take_front(dots).str();
    term.after = text.drop_front(dots + 3).str();
  } else {
    term.before = text.str();
  }
  for (char c : term.before + term.after) {
    if (!isAlpha(c)) {
      error = "subscript '" + text.str() + "' may hold only letters and one ellipsis";
      return std::nullopt;
    }
  }
  return term;
}

std::optional<EinsumEquation> parseEinsumEquation(StringRef equation, ArrayRef<int64_t> ranks,
                                                  std::string &error) {
  std::string compact;
  for (char c : equation)
    if (c != ' ')
      compact.push_back(c);
  StringRef text(compact);
  std::optional<StringRef> resultText;
  if (size_t arrow = text.find("->"); arrow != StringRef::npos) {
    resultText = text.drop_front(arrow + 2);
    text = text.take_front(arrow);
  }
  SmallVector<StringRef> termTexts;
  text.split(termTexts, ',');
  if (termTexts.size() != ranks.size()) {
    error = "the equation has " + std::to_string(termTexts.size()) + " operand subscripts for " +
            std::to_string(ranks.size()) + " inputs";
    return std::nullopt;
  }

  SmallVector<Term> terms;
  int64_t numEllipsisDims = 0;
  SmallVector<int64_t> ellipsisDims;
  for (auto [termText, rank] : llvm::zip(termTexts, ranks)) {
    std::optional<Term> term = parseTerm(termText, error);
    if (!term)
      return std::nullopt;
    int64_t letters = term->before.size() + term->after.size();
    int64_t ellipsis = rank - letters;
    if (ellipsis < 0 || (!term->hasEllipsis && ellipsis != 0)) {
      error = "subscript '" + termText.str() + "' does not fit an input of rank " +
              std::to_string(rank);
      return std::nullopt;
    }
    numEllipsisDims = std::max(numEllipsisDims, ellipsis);
    ellipsisDims.push_back(ellipsis);
    terms.push_back(*term);
  }

  // Letters in the order of their first appearance, after the ellipsis dims.
  std::map<char, int64_t> letterDim, letterCount;
  std::string order;
  int64_t numDims = numEllipsisDims;
  for (const Term &term : terms)
    for (char c : term.before + term.after) {
      if (!letterDim.count(c)) {
        letterDim[c] = numDims++;
        order.push_back(c);
      }
      ++letterCount[c];
    }

  EinsumEquation parsed;
  parsed.numEllipsisDims = numEllipsisDims;
  parsed.numDims = numDims;
  parsed.letters = order;
  for (auto [term, ellipsis] : llvm::zip(terms, ellipsisDims)) {
    SmallVector<int64_t> dims;
    for (char c : term.before)
      dims.push_back(letterDim[c]);
    for (int64_t k = 0; k < ellipsis; ++k)
      dims.push_back(numEllipsisDims - ellipsis + k);
    for (char c : term.after)
      dims.push_back(letterDim[c]);
    parsed.operands.push_back(dims);
  }

  if (!resultText) {
    // Implicit: the ellipsis dims, then the letters used once, sorted.
    for (int64_t k = 0; k < numEllipsisDims; ++k)
      parsed.result.push_back(k);
    for (auto [c, count] : letterCount) // std::map: in ASCII order
      if (count == 1)
        parsed.result.push_back(letterDim[c]);
    return parsed;
  }
  std::optional<Term> resultTerm = parseTerm(*resultText, error);
  if (!resultTerm)
    return std::nullopt;
  std::string seen;
  auto addLetters = [&](const std::string &letters) {
    for (char c : letters) {
      if (!letterDim.count(c)) {
        error = std::string("result subscript '") + c + "' names no input dim";
        return false;
      }
      if (seen.find(c) != std::string::npos) {
        error = std::string("result subscript '") + c + "' appears twice";
        return false;
      }
      seen.push_back(c);
      parsed.result.push_back(letterDim[c]);
    }
    return true;
  };
  if (!addLetters(resultTerm->before))
    return std::nullopt;
  if (resultTerm->hasEllipsis)
    for (int64_t k = 0; k < numEllipsisDims; ++k)
      parsed.result.push_back(k);
  if (!addLetters(resultTerm->after))
    return std::nullopt;
  return parsed;
}

} // namespace onnxc::onnx
