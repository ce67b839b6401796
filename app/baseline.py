"""LangChain's RAG tutorial pipeline with the same models: the yardstick `jobassist eval` beats.

1000/200 recursive character chunks of the file as loaded, an in-memory Chroma, top-4, the
tutorial's prompt, and whatever the model says is the answer.
"""

from __future__ import annotations

import re

from langchain_core.embeddings import Embeddings
from langchain_core.language_models import BaseChatModel
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate

from app.schemas import Answer

# How the tutorial's "say that you don't know" comes out of a model.
_DONT_KNOW = re.compile(r"don'?t know|do not know|not (mentioned|specified|stated|provided|say)|"
                        r"no information|cannot (find|answer|determine)|isn'?t (mentioned|stated)",
                        re.I)


class TutorialRAG:
    def __init__(self, llm: BaseChatModel, embeddings: Embeddings, prompt: ChatPromptTemplate):
        import chromadb
        from langchain_chroma import Chroma

        self.store = Chroma(collection_name="tutorial", embedding_function=embeddings,
                            client=chromadb.EphemeralClient())
        self.chain = prompt | llm | StrOutputParser()

    def add(self, posting_id: str, text: str) -> None:
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
        chunks = splitter.split_text(text)
        self.store.add_texts(chunks, metadatas=[{"posting_id": posting_id}] * len(chunks))

    def ask(self, question: str, posting_id: str) -> Answer:
        docs = self.store.similarity_search(question, k=4, filter={"posting_id": posting_id})
        context = "\n\n".join(d.page_content for d in docs)
        text = self.chain.invoke({"question": question, "context": context}).strip()
        return Answer(question=question, answer=text, abstained=bool(_DONT_KNOW.search(text)))
